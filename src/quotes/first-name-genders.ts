/* Generated from compromise 14.17.0's lexicon by scripts/gen-name-genders.mjs. Do not edit by hand. */
/** First names compromise tags MaleName (1299), lower-cased. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'aarav aaron abdallah abdel abdoulaye abdul abdullah abdullo abdulrahman abe abel abraham abram abu abubakr ' +
  'abulfazl adam adama adan adi adolf adolfo adolph adrian adriano advik afonso agustin ahmad ahmed ahmet aidan ' +
  'aiden aimar ajani aladdin alain alan alastair albert alberto albrecht alden alec alejandro aleksandar ' +
  'aleksander aleksandr aleksei alessandro alex alexander alexandre alexandros alexandru alf alfonso alfred ali ' +
  'alistair allan allen alonso alonzo alphonse alphonso alton alvaro alvin amar amine amir amit ammanuel ammar ' +
  'amos anas anatoli anatoliy anatoly ander anders andre andreas andrei andrej andres andrew andrzej andy angel ' +
  'angelo anthony antoine anton antoni antonio antony anwar aputsiaq arata archibald archie ari ariel ariki arjun ' +
  'armaan armand armando armin arnaud arnav arno arnold aron artem arthur artie artur arturo aryan asahi augusto ' +
  'augustus avery ayaan aykhan aziz bakary balazs bandar bandile banele barney barrett barry bart bartholomew ben ' +
  'benito benjamin bennie benny benson berat bernard bernardo bernhard bernie bert bertram bertrand beshoi bibek ' +
  'bilal billie billy bishal bjorn blaine blake bobby bogdan boris boyd brad bradford bradley brady branden ' +
  'brandon branislav brendan brendon brent brenton bret brett brian brice bruce bruno bryan bryce bryon buddy ' +
  'burt burton buster byron cal caleb calvin cameron camilo carey carl carlo carlos carlton carroll cary cecil ' +
  'cedric cesar chad charbel charles charley chas chester chet chris christoph christophe christopher christos ' +
  'ciaran clarence claude claudio claus clay clayton clemens clement cletus clifford clifton clint clive clyde ' +
  'cody colby cole colin collin colton connor conor conrad constantin corey cornelis cornelius cory craig ' +
  'cristiano cristobal curt curtis cyril cyrus daan dale damian damien damion damon dan daniel danilo danny daren ' +
  'darin dario darius darnell darrel darrell darren darrin darryl daryl dave davi david deandre deepak dejan ' +
  'delbert demetrius denis dennis denny deon derek derrick deshawn desmond deven devin dewayne dewey dexter ' +
  'diarmuid dieter dietmar dietrich dillon dimitri dimitris dinesh dion dirk dmitri dmitry domingo dominic ' +
  'dominick dominik dominykas don donald donnell donnie donny donovan dorian doug douglas dovydas doyle dragan ' +
  'duane dudley duncan dustin dwayne dwight dylan dyllan ebenezer ed eddie edgar edmond edmund edoardo eduard ' +
  'eduardo edward edwardo edwin efrain efren eitan elbert eldon eli elias elijah eliot elisha elliot elliott ' +
  'ellis elmer elton elvin elvis elwood emanuel emerson emery emil emiliano emilio emilis emirhan emmanuel emmett ' +
  'enoch enrico enrique enzo eoin ergi eric erich erick erik ernest ernesto ernie ernst errol ervin erwin esteban ' +
  'ethan eugen eugene evan evens everett evgeny eymen ezra fabian fabien fabio fabrice fabrizio fadi fahd ' +
  'federico felipe felix feng ferdinand ferdinando fergus fernando fidel filip fionn fletcher florian floyd ' +
  'forrest francesco francis francisco franciszek frankie franklin franklyn fraser fred freddie freddy frederic ' +
  'frederick frederik fredrick fredrik friedrich frits fritz fyodor gabe gabreal gabriel gabrielius galen gareth ' +
  'garland garrett garry garth gary gavin geoff geoffrey georg george georges georgi georgios georgy gerald ' +
  'gerard gerardo gerhard gerrit gerry gert giacomo gilbert gilberto giles gilles gino giorgi giorgio giorgis ' +
  'giovanni giuseppe glen glenn godfrey gonzalo goran gord gordon gottfried grady graham greg gregg gregor ' +
  'gregorio gregory grover guido guilherme guillaume guillermo gunnar gunter gunther gus gustaf gustav gustave ' +
  'gustavo gyorgy habib hal halim hamza hank hans hao harlan harley harold harri harry haruhito haruki haruta ' +
  'haruto harvey hasan hassan hayato hayden heath hector heinrich heitor hendrik henri henrik henrique henry ' +
  'henryk herbert herman hermann homer horace horacio horatio hossein howard howie hubert hugh hugo humberto ' +
  'huseyin huseyn hussain hussein hydar iain ian ibai ibrahim ichika ignacio igor ike iker ilija inuk inunnguaq ' +
  'ionut ira irvin irving irwin isaac isaiah isaias ishaan isiah ismael ismail issac itai itsuki ivan jacob ' +
  'jacques jaden jaka jake jakob jakov jakub jamal james jameson jamison jared jarod jaroslav jarrett jarrod ' +
  'jarvis jason jasper javier jayden jayson jed jeff jeffery jeffrey jeffry jens jerald jeremiah jeremy jermaine ' +
  'jerome jeronimo jerry jesus jian jim jimi jimmie jimmy joao joaquin joe joel joesph joey johan johann johannes ' +
  'john johnathan johnathon johnie johnnie johnny jokubas jon jonah jonas jonathan jonathon jonny jordi jordon ' +
  'jorge jose josef joseph josh joshua josiah josue jozef juan julen julian julien julio julius justin kacper ' +
  'kajus kamal kamil kanata karim karl kaspar kathem kauri keenan keir keith ken kendrick kenneth kenny kenton ' +
  'kermit keven kevin khaled khalid kieran kingsley kip kiril kirill kirk kirollos klaus konrad kristian ' +
  'kristopher krzysztof kurt kurtis kyle kyls lamar lambert lamont landon larry lars laszlo laurence laurent ' +
  'lawrence leandro leevi leland len lennart lenny leon leonard leonardo leonel leonid leopold lester lethabo ' +
  'levente levi liam linus lionel lior lloyd logan lonnie loren lorenzo lou louie louis lovro lowell luc lucas ' +
  'luciano lucien ludovic ludvig ludwig luigi luis luiz luka lukas luke luther luuk lyle lyndon maayan macaulay ' +
  'maciej magnus mahamadou mahammad mahdi mahesh mahmoud majd maksim malachai malachy malcolm malik mamadou ' +
  'manfred manish manny manuel marc marcel marcell marcello marcelo marcin marco marcos marcus mariano mario ' +
  'marios marius markel marko markos markus marlin marlon marquis marshall marti martim martin marty marvin ' +
  'masoud matej mateo matheus mathew mathias mathieu mathis matias matt matteo matthew matthias mattia mattias ' +
  'matus matyas maurice mauricio maximilian maximiliano maxwell mehdi mehmet melvin merle merrill mervin mervyn ' +
  'micah michael michal micheal michel mick mickey micky miguel mihai mikaere mike mikel mikhail mikolaj milhouse ' +
  'milo milos milton minato minik mitch mitchell modibo moe mohamad mohamed mohammad mohammed moises monte monty ' +
  'moritz moses moshe moussa muhamed muhammad muhammed murad mustafa mustapha myles myron nahom nate nathan ' +
  'nathanael nathaniel nathy neal ned neil nelson neville nguyen nicholas nickolas nicolas niels nigel niilo nik ' +
  'nikau nikhil niklas nikola nikolai nikolay niles nils noah noam noel nojus nolan nomaan norbert norman nuka ' +
  'octavio oier olaf olav oleksandr oliver olivier omar omer ondrej ori orville osama oscar oskar osman osvaldo ' +
  'oswald otis otto oumar owen pablo padraig paolo pascal patrick patrik paul paulie paulo paulos pavel pavlo ' +
  'pedro percy petar pete peter petr petro petros phil philip philipp philippe phillip pierre pieter pietro piotr ' +
  'prakash pravit prem preston pyotr quentin quincy quinton rachid rafael rahul rainer rajesh ralf ralph ramiro ' +
  'ramon randal randall randolph raoul raphael rashad rasmus raul rawiri rayan raymond recep reece reggie ' +
  'reginald regis reid reuben reyansh reynaldo reza rhett ricardo riccardo richard richie rick rickey rickie ' +
  'ricky rico riley roan robbie robby robert roberto rocco roderick rodger rodney rodolfo rodrigo roel rogelio ' +
  'roger rohan roland rolando rolf roman romeo ron ronald ronan ronnie ronny rory rosario roscoe ross roy royce ' +
  'ruben rubin rudolf rudolph rudy rufus rupert russ russel russell ryan ryou saeed sal salik salvatore sam sami ' +
  'samir samkelo sammie sammy samuel sandeep sandro sanjay santino saqib satoshi saul scot scott scottie scotty ' +
  'seamus sean sebastian sebastien sekou selim sepp serge sergei sergey sergio seth seymour shahid shane ' +
  'shaquille shaun shawn shayne sheldon shelton sherman shlomo sid siddhartha sidney sigmund silas silvio simon ' +
  'siyabonga slobodan solomon soren souleymane souta spencer stan stanislav stanislaw stanley stefan stefano ' +
  'stefanos stephan stephen steve steven stevie stewart stu stuart suraj suresh sven svend syed sylvester szymon ' +
  'tadgh taha taichi taika tanner tareq tatsuki ted teddy terence terrance terrell terrence terry thad thaddeus ' +
  'theo theodor theodore thiago thom thomas tim timmy timothy titus tobias toby tod todd tom tomas tomasz tommaso ' +
  'tommie tommy tomoharu tony travis trent trenton trevor trey tristan troy truman tunar turki ty tyler tyrone ' +
  'tyson ughur ulrich ulrik ulysses umberto unax uri usman val valentin valentine vance vasily vern vernon vic ' +
  'vicente victor vihaan viktor vince vincent vincenzo virgil vivaan vivek vlad vladimir vladislav vojtech ' +
  'volodymyr wallace wally walt walter waylon wayne wei wendell werner wes wesley weston wilbert wilbur wiley ' +
  'wilfred wilfredo wilfrid wilfried wilhelm willard william willie willis willy winfried winslow winston ' +
  'wojciech wolfgang woodrow wout wouter wyatt xavier xhoel yahli yanis yann yannick yaroslav yassin yassine ' +
  'yevgeni yevgeny yonas yonatan yonathan yong yosef yousouf youssef yuen yuri yuriy yury yusif yusuf yuuma yuval ' +
  'zac zach zachariah zachary zachery zack zackary zahid zakaria zan zane zoran ').trim().split(' '));
/** First names compromise tags FemaleName (1789), lower-cased. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'aada aadya aaliyah aaradhya aasha abagail abbey abbi abbie abby abi abie abigail abril ada adaline adalyn ' +
  'addie addilyn addison adel adela adelaide adele adelene adelia adelina adeline adelynn adreanna adriana ' +
  'adrianna adrianne adriena adriene adrienne agatha aggie agnes agustina aicha aida aileen aimee aina aino ' +
  'ainsley aisha aishah aisling aislinn aislynn ajla alaina alana alanis alanna alannah alanoud alayah alayna ' +
  'alba alecia aleisha alejandra aleksandra alena alesia alessandra alexa alexandra alexia alia alice alicia ' +
  'alicja alina aline alisa alise alisha alison alissa aliza allie allison allyson althea alya alycia alysa ' +
  'alyson alyssa amahle amaia amaira amalia amanda amber amberly amelia amelija amie amilia amina aminata amy ana ' +
  'anabel anamaria anastasia anastasija anaya andjela ane aneta anette angela angelia angelica angelina angeline ' +
  'angelique angie anika anisa anissa anita anja anjelica ann anna annabel annabella annabelle annalisa annamaria ' +
  'anne annemarie annett annette annie annika annmarie anohito antoinette antonella antonia anya aoi aria ariana ' +
  'arianna arianne arielle arleen arlena arlene arlette aroha arpita asha ashanti ashlee ashleigh ashley ashli ' +
  'ashlie ashly ashlyn ashraqat ashton asiya asja asmita assil astrid ataahua athena audra audrey audri audry ' +
  'augustina augustine aurelia austeja ava avigail awa aya ayana ayanna ayesha aygun aylin ayn ayse aysel azra ' +
  'azuna barbara barbora barbra bayarmaa bea beatrice beatriz becca becky belinay belinda benita bernadette ' +
  'bernadine bernice bertha bertie beryl bess bessie beth bethanie bethany betsy bette bettie bettina betty ' +
  'bettye beula beulah bev beverley beverly bianca biljana binita bintou bismah blanca blanche blythe bobbi ' +
  'bobbie boglarka bolormaa bonita bonnie brandi brandie breanna bree brenda brenna briana brianna brianne ' +
  'bridget bridgett bridgette brigid brigitte britney britt brittany brittney brittni brittny bronwyn brooke ' +
  'bryanna brynn caitlin caitlyn calista callie camila camile camilla camille candace candice cara carina carissa ' +
  'carla carlene carley carlie carlota carlotta carly carmel carmela carmella carmen carol carole carolina ' +
  'caroline carolyn carrie carrol casandra cassandra cassie catarina caterina catherina catherine cathleen ' +
  'cathryn cathy catrina cayla cecelia cecile cecilia cecily celeste celia celina celine chandra chanelle chantal ' +
  'chantelle charis charissa charla charlena charlene charlette charlotte charmaine chedeline chelsea chelsey ' +
  'cher cheri cherie cheryl chloe chrissy christa christal christen christiana christiane christie christina ' +
  'christine christy chrystal ciara cierra cindi cindy clair claire clara clare clarice claris clarissa claudette ' +
  'claudia claudine cleo cleopatra clotilde coleen colette colleen concepcion connie constance constanza consuelo ' +
  'cora coralie cordelia cori corina corine corinna corinne cornelia corrine courtney courtni courtny cristal ' +
  'cristina cyndi cynthia dahlia daina dalal damaris damia dana danette dani danica daniela daniele daniella ' +
  'danielle danika daniz daphna daphne dara darby darcey darcie daria darla darlena darlene davida davina dayle ' +
  'dayna deana deandra deann deanna deanne deb debbie debby debora deborah debra debrah dede dee deedee deena ' +
  'deidre deirdre dela delia delilah della delores deloris delphine demetria dena denice denise desiree dhia ' +
  'diana diane dianna dianne dina dinah dionne diya djeneba dolores dominique dona donna dora doreen doris dorla ' +
  'dorothea dorothy dorthy dottie ecrin edel eden edie edith edna edwina eevi eileen eisha ekaterina ekta ela ' +
  'elaina elaine elana eleanor elen elena eleni eliana elicia elida elie elif elin elina elinor elisa elisabeth ' +
  'elise eliska eliza elizabete elizabeth elizaveta ella ellen ellie elly elma elnora eloise elouise elsa elsie ' +
  'elva elvina elvira ema emanuela emelda emely emerald emile emilee emilia emilie emilija emily emina emine emma ' +
  'emmaline emmanuelle emmeline emmie emmy enid erica ericka erika erin erma ernestina ernestine eryn esma ' +
  'esmeralda esperanza estela estele estella estelle ester estere esther estrella ethel etienne etta eugenia ' +
  'eugenie eunice eva evangelina evangeline evelin evelina evelyn evi evie evita ewa fajr fanta farah farida ' +
  'farrah farzana fatemeh fatiha fatima fatin fatma fatoumata fay faye felecia felicia fenna fernanda fien fiona ' +
  'flora florencia fozia fran frances francesca francina francine francisca francoise freda freja frida frieda ' +
  'gabi gabija gabriela gabriella gabrielle gale gamalat gamila garnet gayle gemma gena genesis genevieve genna ' +
  'georgette georgie georgina geraldina geraldine geri germaine gertrud gertrude gia gianna gigi gilda gillian ' +
  'gina giovanna gisela gisele giselle gita gladys glena glenda glenna gloria glynis golda goldie googoosh gracie ' +
  'graciela greta gretchen griselda gunay gunel gwen gwendolyn gwyneth habiba hailey hala haley hallie hana hanah ' +
  'hanna hannah hariet hariette harmony harriet harriett harriette hasnaa hasti hatice hattie hawa hayley heather ' +
  'heidi helen helena helene helga helmi henrietta hermine hessa hester hilary hilda hildegard hillary himari ' +
  'hoda hollie hortense hosna hosniya hussa hyacinth ida ila ilene iliana ilina ilona ilse imane imelda imogena ' +
  'imogene indira ines ingrid inji iona irati irena irene irina irma isabel isabela isabele isabell isabella ' +
  'isabelle isadora isidora isla islande isobel iva ivaana ivalu ivana iwona izaro jacinda jacinta jackie jacky ' +
  'jaclyn jacquelina jacqueline jacquelyn jada jami jana janae jane janele janelle janessa janet janette janice ' +
  'janie janina janine janis jaqueline jasmin jasmina javiera jayne jazmin jazmine jeana jeane jeanette jeanie ' +
  'jeanina jeanine jeanna jeanne jeannette jeannie jeannina jeannine jelena jen jena jenelle jenifer jenna ' +
  'jennette jenni jennie jennifer jenny jeri jerri jesica jess jesse jessica jil jilian jill jillian jing jo joan ' +
  'joana joane joann joanna joanne jocelyn jodi jodie jody joelle johana johanna joleen jolena jolene joni josefa ' +
  'josefina josefine joselyn josephina josephine josie jovana joya joyce juana juanita judeline judith judy jules ' +
  'julia juliana julianna julianne julie julienne juliet julieta juliette julissa justina justine kabita kacey ' +
  'kadiatou kaede kaia kaitlin kaitlyn kaleigh kali kalle kallie kamala kamila kamile kanyakumari kara karen kari ' +
  'karima karin karina karissa karla karly karolina karyn kassandra kassie kat katarina kate katelyn katelynn ' +
  'katerina katharina katharine katherina katherine kathie kathleen kathrine kathryn kathy kati katia katie ' +
  'katlyn katrina katy kavita kay kaye kayla kaylee kayleigh keeley keely keira keisha kejsi keley keli kelley ' +
  'kelli kellie kelly kelsie kely kendra kenna kenza kera keri kerri khadija khadije khawla kheira khongordzol ' +
  'kia kiana kiara kiera kiersten kiley kim kimberlee kimberley kimberli kimberly kimmernaq kira kirsten kirstin ' +
  'kizzy klea konul kori kourtney krista kristen kristi kristie kristin kristina kristine kristy kristyna krystal ' +
  'kyla kylee kylie kyra lacey lacie lacy ladona ladonna laia laila lakesha lamija lana lara larisa larissa ' +
  'latasha latifa latisha latonya latoya laura laurel lauren laurie lauryn laverna laverne lavinia laxmi layla ' +
  'lea leah leana leandra leane leann leanna leanne leda leena leia leigh leila leilani leja lejla lela lena ' +
  'lenora lenore leola leona leonie leonora leora lesedi lesley lesli leslie lesly leticia letitia lettie lex ' +
  'lexie leyla lia lian liana lianne libbie libby lidia lidya liepa lila lili lilia lilian liliana lilja lillia ' +
  'lillian lillie lilly lin lina linda lindsay lindsey lindsi lindsy lindy lisa lisette liv livia liz liza ' +
  'lizbeth lizette lizzie lois lola lolita lora loraina loraine lorelei lorena lorene loretta lori lorie lorna ' +
  'lorraina lorraine lorri lorrie lotte lottie louella louisa louise lovelie luann lucia luciana lucie lucija ' +
  'lucile lucille lucinda lucy luela luella luisa luise lula lulu lulwa luna lupe lupita luz lydia lyla lyn lyna ' +
  'lynda lyndsey lyne lynette lynn lynna lynne lynnette lynsey mabel mable macie macy madalyn maddie madeleine ' +
  'madelina madeline madelyn madge madison madonna mae magda magdalena magdalene maggie maha maia maire maisie ' +
  'maite maja malak malen malia malika malinda mallory mandakranta mandy manon manuela mara marcela marcella ' +
  'marcelle marci marcia marcie marcy margaret margarette margarida margarita marge margery margie margo margot ' +
  'margret margrette marguerite mari maria mariah mariam mariamawit mariami marian mariana mariane marianna ' +
  'marianne maribel marie mariela mariella marija marilyn marina maris marisa marisol marissa maritza marjorie ' +
  'marla marlena marlene marnie marsha marta martha martina martine marwa mary maryam maryan maryann marybeth ' +
  'maryjane marylou masoumeh mathilde matilda matilde mattie maud maude maura maureen mavis maxina maxine maybell ' +
  'mayra maysoun mazie mckenzie meagan meg megan meghan mei melanie melina melinda melisa melissa mellisa ' +
  'meredith meriem merissa merjem meron meryem meryl mia micaela michaela michele michelle midori mika mikaela ' +
  'mila milagros mildred milena milica millicent millie milly mimi mindy minenhle minerva minh minnie mira miral ' +
  'miranda miriam mirlande mitzi miyar mobina moira mollie molly mona monica monika monique mrignayani muriel mya ' +
  'myra myriam myrlande myrna myrtle naasunnguaq nadene nadia nadina nadine nadya nahia naima nalla nancy nanette ' +
  'naomi naomie narges natalia natalie natalya natasha nathalie nehir nel nela nelisa nell nellie nena nerissa ' +
  'nesreen nia niamh nichole nicki nicky nicola nicole nicolette niharika nika niki nikita nikki nila nilay nina ' +
  'nisanur nisha nita nivi noa noella noelle noemi noor nora norah noreen norma nouf nour nur nuray nurul nyla ' +
  'octavia odelia odette odval ofelia oisha oksana ola olga olivia ophelia oumou oyunbileg paige pam pamela ' +
  'pandora paninnguaq paola parvati patrica patrice patricia patti pattie patty paula paulette paulina pauline ' +
  'peggy penelope perla petra philomena phoebe phylis phyllis pia pipaluk polina polly portia priscila priscilla ' +
  'priyamvada prudence puteri queenie quiana rabina rachael rachel rachele rachelle rachida rae raina ramona ' +
  'randi rania raquel rayna reanna reba rebeca rebecca rebeka rebekah reem reema regina reihaneh reina rena renae ' +
  'renata renee reta reyna rhea rhiannon rhoda rhona rhonda ria richelle ricki rikki riko rimas rin rina rita ' +
  'riya robbin roberta robyn rochele rochelle rocio roghayyeh rolanda ronda roni ronna rosa rosalie rosalina ' +
  'rosalind rosalinda rosalyn rosanna rosanne roseann roseanne rosella roselle rosemarie rosemary rosetta rosie ' +
  'roslyn rowan rowena roxana roxane roxanna roxanne roxie roxy ruth ruthie saanvi sabina sabine sabrina sade ' +
  'sadie sahar saida sakeena sakineh sakura sallie sally salma salome samantha samira sandra sara sarah sarina ' +
  'sasha savanna savannah scarlett selena selene selina selma serena serife setayesh sevda sevinj shahd shaikha ' +
  'shaim shaimaa shakira shana shanaya shanda shania shanna shannon shanon shari sharlene sharon sharron sharyn ' +
  'shauna shawna shayla shayma shayna sheba sheena sheila shelia shelley shelly sheri sheridan sherifa sherri ' +
  'sherrie sherry sheryl shira shirley shirli shirly shona shristi shyla sierra sillin silvia simona simone sindy ' +
  'siobhan sita siti skye snezana sobia sofia sofie sofija somayyeh sondra sonia sonja sonya sophia sophie sri ' +
  'stacey staci stacie stacy starla stefanie stela stella stephane stephanie suha sumayah sunita susan susana ' +
  'susane susanna susannah susanne susi susie suzan suzana suzane suzanna suzanne suzette suzie suzy sybil sylvia ' +
  'sylvie tabatha tabitha tala talia talitha tamar tamara tamera tami tamika tammi tammie tammy tamra tania ' +
  'tanika tanisha tanya tara tarana taryn tasha tatiana tawana tegan teodora teresa tereza teri terri terrie tess ' +
  'tessa tessie thalia thandolwethu thea thelma theodora theresa therese thomasina tia tiana tianna tiara tiffany ' +
  'tina tingting tisha toni tonia tonya tora tori tracey traci tracie tracy tricia trina trish trisha trista ' +
  'trudy tui tula tyra ugne ursula urte usha uxue valentina valeria valerie valery vanesa vanessa veda velma vera ' +
  'verna vernice veronica vesna vicki vickie vicky vikky viktoria viktorie viktorija vilte violeta vivian viviana ' +
  'vivien vivienne vusala wakana wanda wendi wendy whitney whitni whitny widelene wila wilhelmina willa willow ' +
  'wilma winifred winnie winnifred winona xiaomei xiaoyan ximena xinyi yael yagmur yan yarin yasmin yasmine ' +
  'yelena yesenia ying yolanda yuina yuna yvette yvona yvone yvonna yvonne zada zahra zainab zara zehra zeinab ' +
  'zelda zelma zena zeynab zeynep zineb zoe zoey zofia zola zora zsofia ').trim().split(' '));
