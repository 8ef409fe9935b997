/**
 * Words that announce a person: common nouns for people (occupations, roles, kin) that precede or stand in
 * apposition to a name ("the musician Jo Bloggs", "their child, Jo"), kin words after a possessive ("Jo's wife"),
 * and interjections that open a sentence in interview copy and are no names ("Sure.", "Absolutely,").
 */

/**
 * Singular lowercase nouns for people. Made from the lexicon of `compromise@14.17.0` (MIT): its words tagged
 * `Actor` that are not `Plural`, minus words that also name companies, teams or countries in news copy
 * (`maker`, `dealer`, `broker`, `developer`, `producer`, `partner`, `champion`, `leader`, `host`, `agent`, `rival`)
 * and minus vague or misspelt ones; plus factwire's own additions (sport, politics, science, law).
 * Matched against the lowercase token before a name (or before `, Name`).
 */
export const PERSON_NOUNS: readonly string[] = [
  'accountant', 'acquaintance', 'acrobat', 'activist', 'actor', 'actress', 'administrator', 'admiral', 'adventurer',
  'advisor', 'alderman', 'ambassador', 'analyst', 'anarchist', 'ancestor', 'animator', 'announcer', 'anthropologist',
  'apostle', 'apprentice', 'archaeologist', 'archbishop', 'architect', 'aristocrat', 'artisan', 'artist',
  'assemblyman', 'assemblywoman', 'assistant', 'astronaut', 'astronomer', 'athlete', 'attendant', 'attorney', 'aunt',
  'auntie', 'author', 'autocrat', 'ayatullah', 'baby', 'banker', 'barber', 'baron', 'baroness', 'barrister',
  'bartender', 'bassist', 'beatboxer', 'bicyclist', 'biologist', 'bishop', 'blogger', 'bohemian', 'boxer', 'boy',
  'boyfriend', 'bricklayer', 'bride', 'brigadier', 'broadcaster', 'brother', 'buddhist', 'burglar', 'businessman',
  'businessperson', 'businesswoman', 'butcher', 'cadet', 'campaigner', 'candidate', 'captain', 'carer', 'caretaker',
  'carpenter', 'cartoonist', 'cashier', 'celebrity', 'ceo', 'cfo', 'chairman', 'chairperson', 'chairwoman',
  'chancellor', 'chaplain', 'chauffeur', 'cheerleader', 'chef', 'chemist', 'child', 'citizen', 'cleaner', 'cleric',
  'clerk', 'clown', 'coach', 'coauthor', 'cofounder', 'colleague', 'colonel', 'columnist', 'comedian', 'commander',
  'commentator', 'commenter', 'commissioner', 'composer', 'comrade', 'confidant', 'confidante', 'congressman',
  'congresswoman', 'constable', 'consultant', 'contributor', 'coordinator', 'corporal', 'correspondent', 'cosplayer',
  'councillor', 'councilman', 'councilor', 'councilwoman', 'countess', 'courier', 'cowboy', 'coworker', 'critic',
  'curator', 'cyclist', 'dad', 'daddy', 'dancer', 'daredevil', 'daughter', 'deacon', 'decorator', 'defenceman',
  'defendant', 'defender', 'democrat', 'deputy', 'descendant', 'deserter', 'designer', 'detective', 'dictator',
  'dietician', 'dietitian', 'diplomat', 'director', 'diva', 'doctor', 'driver', 'drummer', 'economist', 'editor',
  'electrician', 'emcee', 'emperor', 'employee', 'engineer', 'entrepreneur', 'environmentalist', 'envoy', 'examiner',
  'farmer', 'father', 'fiance', 'fighter', 'filmmaker', 'financier', 'firefighter', 'fireman', 'forebear', 'foreman',
  'forerunner', 'forester', 'founder', 'freelancer', 'friend', 'gambler', 'gardener', 'geisha', 'gentleman',
  'geologist', 'ghostwriter', 'girl', 'girlfriend', 'gladiator', 'goalie', 'goalkeeper', 'goaltender', 'golfer',
  'governor', 'grandchild', 'granddaughter', 'grandfather', 'grandma', 'grandmother', 'grandpa', 'grandparent',
  'grandson', 'guitarist', 'guru', 'hairdresser', 'hairstylist', 'hermit', 'historian', 'hobo', 'hostage', 'hostess',
  'housekeeper', 'humanitarian', 'husband', 'hygienist', 'illustrator', 'immigrant', 'infant', 'inspector',
  'instructor', 'interviewee', 'inventor', 'investigator', 'jester', 'jogger', 'journalist', 'judge', 'juggler',
  'kinsman', 'kinswoman', 'laborer', 'landlord', 'laureate', 'lawmaker', 'lawyer', 'layman', 'lecturer', 'legislator',
  'lieutenant', 'linguist', 'lover', 'magician', 'magistrate', 'man', 'manager', 'maniac', 'marine', 'martyr',
  'mathematician', 'matriarch', 'mayor', 'mechanic', 'mediator', 'mentor', 'midfielder', 'minister', 'misfit',
  'moderator', 'mogul', 'mom', 'mommy', 'monarch', 'monk', 'mother', 'mum', 'mummy', 'musician', 'mystic', 'nanny',
  'narrator', 'negotiator', 'neighbor', 'nephew', 'niece', 'nobleman', 'noblewoman', 'novelist', 'novice', 'nun',
  'nurse', 'nurseryman', 'officer', 'optometrist', 'outcast', 'owner', 'painter', 'panellist', 'paramedic', 'pariah',
  'pastor', 'patriarch', 'patriot', 'performer', 'person', 'pharmacist', 'philosopher', 'photographer', 'physician',
  'physicist', 'pianist', 'pioneer', 'plaintiff', 'player', 'playmate', 'playwright', 'plumber', 'podcaster', 'poet',
  'policeman', 'politician', 'practitioner', 'prankster', 'preacher', 'premier', 'presenter', 'president', 'priest',
  'priestess', 'prince', 'princess', 'prisoner', 'prodigy', 'professor', 'progenitor', 'programmer', 'prophet',
  'prosecutor', 'prospector', 'prostitute', 'psychologist', 'pundit', 'pupil', 'quarterback', 'queen', 'rabbi',
  'rapper', 'receptionist', 'recluse', 'recruiter', 'referee', 'refugee', 'reporter', 'republican', 'researcher',
  'resident', 'reverend', 'revolutionary', 'roofer', 'ruler', 'runningback', 'sailor', 'scholar', 'scientist',
  'screenwriter', 'sculptor', 'secretary', 'secretary-general', 'senator', 'sergeant', 'servant', 'shaman',
  'shepherd', 'sheriff', 'showgirl', 'showman', 'showrunner', 'singer', 'sister', 'skier', 'smuggler', 'sociologist',
  'soldier', 'soloist', 'son', 'sorcerer', 'sorceress', 'specialist', 'spokesman', 'spokesperson', 'spokeswoman',
  'spouse', 'sprinter', 'songwriter', 'squatter', 'staffer', 'statesman', 'stepbrother', 'stepchild', 'stepfather', 'stepmother',
  'stepsister', 'streamer', 'striker', 'student', 'sultan', 'superhero', 'superintendent', 'superstar', 'supervisor',
  'surfer', 'surgeon', 'survivor', 'suspect', 'sweeper', 'sweetheart', 'swimmer', 'taoiseach', 'teacher', 'teammate',
  'technician', 'technologist', 'teenager', 'therapist', 'tiktoker', 'toddler', 'transcriptionist', 'treasurer',
  'trendsetter', 'trooper', 'tutor', 'tycoon', 'uncle', 'undersecretary', 'veteran', 'veterinarian', 'vice-president',
  'victim', 'violinist', 'vip', 'waiter', 'warrior', 'weatherman', 'welder', 'widow', 'widower', 'wife', 'witch',
  'wizard', 'woman', 'worker', 'wrestler', 'writer', 'yogi', 'youth', 'youtuber'
];

/**
 * Kin and life words that, after a name's possessive, say the name is a person's: "Jo's wife", "Jo's funeral".
 */
export const PERSON_POSSESSIONS: readonly string[] = [
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'parents', 'brother', 'sister', 'siblings',
  'children', 'kids', 'grandmother', 'grandfather', 'widow', 'widower', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend',
  'funeral', 'birthday', 'biography', 'autobiography', 'memoir', 'career', 'uncle', 'aunt', 'nephew',
  'niece', 'cousin', 'spouse', 'eyes', 'hair', 'skin', 'legs',
];

/**
 * Words that, alone at the start of a sentence and followed by punctuation, are replies or interjections, not
 * names: "Sure. We met twice.", "Absolutely, yes." ("God," is left alone: it is also a name).
 */
export const INTERJECTIONS: readonly string[] = [
  'Sure', 'Absolutely', 'Yes', 'Yeah', 'Yep', 'No', 'Nope', 'OK', 'Okay', 'Well', 'Oh', 'Ah', 'Wow', 'Right', 'Exactly',
  'Definitely', 'Certainly', 'Indeed', 'Hey', 'Thanks', 'Please', 'Sorry', 'Hello', 'Hi', 'Great', 'Cool', 'Perfect',
  'True', 'Correct', 'Totally', 'Completely', 'Agreed', 'Fine', 'Alright', 'Anyway', 'Honestly', 'Frankly', 'Basically',
  // Fillers and backchannels of transcribed speech.
  'Mhm', 'Mm', 'Hmm', 'Uh', 'Um', 'Huh', 'Gosh', 'Whoa', 'Oops', 'Aha',
];

/**
 * Closed-class words (auxiliaries, pronouns, wh-words) that open questions and sentences; capitalized there, they
 * are never a name on their own ("Have you met them?").
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'Have', 'Has', 'Had', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Can', 'Could', 'Would', 'Should', 'Shall',
  'Might', 'Must', 'What', 'Which', 'Who', 'Why', 'How', 'When', 'Where', 'Whose', 'You', 'We', 'They', 'She', 'He',
  'It', 'I', 'This', 'That', 'These', 'Those', 'There', 'Here', 'If', 'But', 'And', 'Or', 'So', 'Then',
];

/**
 * Given names that compromise's lexicon files under another word class (`frank` an adjective, `mark` a verb), so
 * they are missing from the model's first-name list; the stage's rules read them as first names (the tagger's
 * features do not). Names that are also places (`Sydney`, `Austin`) are left out.
 */
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = [
  'Frank', 'Mark', 'Grant', 'Chase', 'Drew', 'Pat', 'Rob', 'Nick', 'Bill', 'Ray', 'Dean', 'Gene', 'Max', 'Rose', 'Ruby',
  'Grace', 'Joy', 'Faith', 'Dawn', 'Eve', 'Holly', 'Lily', 'Hazel', 'Bob', 'Chuck', 'Lance', 'Wade', 'Sue', 'Randy',
  'Sandy', 'Rusty', 'Woody', 'Earl', 'Herb', 'Jay', 'Jean', 'Robin', 'Rod', 'Sonny', 'Violet', 'Olive', 'Pearl', 'Penny',
];

/**
 * Words that open a sentence before a name without being part of it: "Like Acme, we …", "Unlike Jo, …"
 * (trimmed off a multi-word name only at the start of a sentence).
 */
export const LEADING_FUNCTION_WORDS: readonly string[] = [
  'Like', 'Unlike', 'As', 'For', 'With', 'Without', 'From', 'After', 'Before', 'During', 'Since', 'Despite', 'Under',
  'Between', 'Among', 'Against', 'Through', 'Via', 'Per', 'Dear', 'Thank', 'Thanks',
];

/**
 * Greetings and replies before a name, wherever they stand: "'Hey Jo,' she said" → "Jo". Not adjectives such as
 * `Great`, `Cool`, which open names ("Great Lakes").
 */
export const GREETINGS: readonly string[] = ['Hey', 'Hi', 'Hello', 'Oh', 'Ah', 'Wow', 'Yes', 'Yeah', 'OK', 'Okay', 'Dear'];

/** Caption words before a colon and a credit ("… on stage. Image: Jo Bloggs"): never the end of a name. */
export const CAPTION_WORDS: readonly string[] = ['Image', 'Photo', 'Picture', 'Video', 'Audio', 'Credit', 'Source', 'Photograph'];

/**
 * Common Chinese (Mandarin and Cantonese romanizations), Korean and Vietnamese family names. News writes such names given
 * name first in English copy ("Mei Leung", "Daniel Chan"), and the tagger, seeing an unknown pair, often types them as an
 * organization or a place. Family names that are also common English words, place words or other names are left out
 * (`Sun`, `Ma`, `Long`, `Young`, `King`, `Park`, `Pan`, `Lim`, `Song`, `Bai`).
 */
export const EAST_ASIAN_SURNAMES: readonly string[] = [
  'Chan', 'Cheung', 'Leung', 'Wong', 'Ho', 'Lam', 'Lau', 'Tsang', 'Yeung', 'Chow', 'Ng', 'Kwok', 'Tse', 'Yip', 'Fung', 'Kwan', 'Chiu', 'Siu',
  'Poon', 'Chu', 'Mak', 'Lai', 'Tam', 'Yau', 'Cheng', 'Tsui', 'Choi', 'Leong', 'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao',
  'Zhou', 'Xu', 'Zhu', 'Hu', 'Guo', 'Luo', 'Xie', 'Deng', 'Feng', 'Jiang', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan',
  'Cai', 'Du', 'Ye', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Lee', 'Kim', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang',
  'Hwang', 'Shin', 'Seo', 'Kwon', 'Nguyen', 'Tran', 'Pham', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Trinh',
];
