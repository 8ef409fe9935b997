/**
 * Word lists for typing and trimming names after tagging: organization head words, words that are never
 * entities on their own (time zones, corporate role acronyms), trailing words that do not belong to an
 * organization's name, and well-known products. Written for factwire from general knowledge (no evaluation
 * file was read to make them); lists are data so they can grow without code changes.
 */

/**
 * Last words that make a capitalized name an organization (`Hebrew University`, `Brooklyn Paper`,
 * `Chrysler LLC`). Words that also head places are left out (`Union`: "Soviet Union"; `Bank`: "West Bank";
 * `Federation`: "Russian Federation"; `Center`: a facility), and so is `League` (CoNLL-2003 types "American League" MISC).
 */
export const ORG_HEADS: readonly string[] = [
  // education, research
  'University', 'College', 'Institute', 'Academy', 'Polytechnic', 'Seminary',
  // government, politics
  'Department', 'Ministry', 'Office', 'Agency', 'Council', 'Committee', 'Commission', 'Parliament', 'Senate',
  'Party', 'Administration', 'Authority', 'Bureau', 'Board', 'Directorate', 'Secretariat', 'Police', 'Navy', 'Army',
  'Marines', 'Guard', 'Militia',
  // associations, religion
  'Association', 'Society', 'Foundation', 'Alliance', 'Coalition', 'Organization', 'Organisation', 'Trust',
  'Fund', 'Institution', 'Church', 'Club', 'Movement', 'Brigade', 'Brigades', 'Front',
  // companies (legal suffixes and typical last words)
  'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Company', 'Ltd.', 'Ltd', 'LLC', 'LLP', 'PLC', 'plc', 'AG', 'GmbH',
  'Group', 'Holdings', 'Industries', 'Enterprises', 'Partners', 'Bancorp', 'Airlines', 'Airways', 'Motors',
  'Systems', 'Technologies', 'Entertainment', 'Studios', 'Records', 'Pictures', 'Communications', 'Telecom', 'Networks',
  'Pharmaceuticals', 'Insurance', 'Securities', 'Capital', 'Investments',
  // media
  'Times', 'Herald', 'Post', 'Press', 'Journal', 'Magazine', 'Weekly', 'Paper', 'Gazette', 'Tribune', 'Chronicle',
  'Telegraph', 'Guardian', 'Observer', 'Courier', 'Examiner', 'Daily', 'News', 'Review', 'Monitor', 'Broadcasting',
];

/** First words that, followed by `of`, make a name an organization (`University of Helsinki`, `Bank of Canada`). */
export const ORG_LEAD_HEADS: readonly string[] = [
  'University', 'Universities', 'College', 'Institute', 'Academy', 'School', 'Department', 'Ministry', 'Office', 'Bank',
  'Council', 'Board', 'Bureau', 'Church', 'Federation', 'Association', 'Society', 'Commission', 'Committee', 'Organization',
  'Organisation', 'League', 'Party', 'Court', 'Courts', 'House', 'Chamber', 'Friends', 'Sisters', 'Brotherhood',
];

/** First words of organization names in other languages (`Instituto Cervantes`, `Universidad de Chile`). */
export const FOREIGN_ORG_LEADS: readonly string[] = [
  'Instituto', 'Institut', 'Istituto', 'Universidad', 'Universidade', 'Università', 'Universität', 'Université', 'Universiteit',
  'Colegio', 'Collegio', 'Liceo', 'Lycée', 'Escuela', 'Escola', 'Banco', 'Banca', 'Banque', 'Partido', 'Partito', 'Parti',
  'Fundación', 'Fondazione', 'Fondation', 'Stiftung', 'Ministerio', 'Ministero', 'Ministère', 'Compagnie', 'Compañía',
];

/**
 * Abbreviations of time zones. "12:00 UTC" is a time, not an organization: a mention that is exactly one of
 * these is dropped.
 */
export const TIME_ZONES: readonly string[] = [
  'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT',
  'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AST', 'ADT', 'NST', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ACST', 'AWST',
  'NZST', 'NZDT', 'IST', 'PKT', 'WIB', 'ICT', 'PHT', 'ET', 'PT', 'CT', 'MT', 'Zulu',
];

/**
 * Role words: corporate and official roles that are never a name by themselves and do not belong at the end of
 * an organization's span (`Apple CEO` → `Apple`).
 */
export const ROLE_WORDS: readonly string[] = [
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'President', 'Vice-President',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'spokesman', 'spokeswoman', 'spokesperson', 'Director', 'Founder',
  'Co-founder', 'founder', 'co-founder', 'Chief', 'Executive', 'Secretary', 'Minister', 'Commissioner', 'Governor',
  'Mayor', 'Senator', 'Ambassador', 'Analyst', 'analyst', 'Editor', 'Manager', 'Administrator', 'Coach', 'Captain',
];

/**
 * Trailing words that name a thing an organization runs, not the organization: `Air France Flight 447` →
 * ORG `Air France`.
 */
export const ORG_TRAILING_WORDS: readonly string[] = ['Flight', 'flight'];

/**
 * Last words of place, facility and team names that a person's name does not end in (`Ross Ice Shelf`,
 * `Ellis Park`, `Ross County`); checked together with the organization, facility, region and event heads.
 */
export const NON_PERSON_WORDS: readonly string[] = [
  'Shelf', 'Glacier', 'Park', 'County', 'City', 'Town', 'Township', 'Village', 'Falls', 'Springs', 'Beach', 'Heights',
  'Hills', 'Hill', 'Creek', 'Harbour', 'Point', 'Cape', 'Forest', 'Reserve', 'Lane', 'Place', 'Gardens', 'United',
  'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Rangers', 'Hotspur', 'Air', 'Flight', 'Show',
];

/** A well-known product name (typed PRODUCT, whatever the tagger said). */
export interface ProductName {
  readonly text: string;
  /** Who makes it (documentation). */
  readonly maker: string;
}

/**
 * Well-known products: devices, software, vehicles. Matched case-sensitively on token boundaries, longest first.
 * Names that are also common words or other kinds of names are left out (`Safari`, `Chrome`, `Apache`, `Beetle`,
 * `Mustang`). Single words are typed only where the tagger found a name; multi-word and camel-case names
 * (`MacBook Air`, `iPod`) are also added where it found none.
 */
export const PRODUCTS: readonly ProductName[] = [
  ...['iPod', 'iPod Nano', 'iPod nano', 'iPod Touch', 'iPod touch', 'iPod Shuffle', 'iPod shuffle', 'iPod Classic', 'iPod Mini',
    'iPhone', 'iPad', 'iPad Mini', 'iPad Pro', 'iPad Air', 'iMac', 'iBook', 'PowerBook', 'Power Mac', 'Mac Pro', 'Mac mini',
    'Mac Mini', 'MacBook', 'MacBook Air', 'MacBook Pro', 'Macintosh', 'Mac OS', 'Mac OS X', 'OS X', 'macOS', 'iOS', 'iTunes',
    'iLife', 'iWork', 'Apple TV', 'Apple Watch', 'AirPods', 'Final Cut Pro', 'QuickTime']
    .map((text) => ({ text, maker: 'Apple' })),
  ...['Windows', 'Windows XP', 'Windows Vista', 'Windows 7', 'Windows 8', 'Windows 10', 'Windows 11', 'Windows NT',
    'Windows 95', 'Windows 98', 'Windows Phone', 'Xbox', 'Xbox 360', 'Xbox One', 'Microsoft Office', 'Internet Explorer',
    'Hotmail', 'Zune'].map((text) => ({ text, maker: 'Microsoft' })),
  ...['Android', 'Chromebook', 'Gmail', 'Google Maps', 'Google Earth'].map((text) => ({ text, maker: 'Google' })),
  ...['PlayStation', 'PlayStation 2', 'PlayStation 3', 'PlayStation 4', 'PlayStation 5', 'PSP', 'Walkman', 'Wii', 'Wii U',
    'Nintendo DS', 'Nintendo Switch', 'Game Boy', 'Kindle', 'Galaxy Note', 'BlackBerry Storm', 'ThinkPad', 'Firefox', 'Linux',
    'Ubuntu', 'Photoshop'].map((text) => ({ text, maker: 'various' })),
  ...['Dreamliner', 'Jumbo Jet', 'Concorde', 'Superjumbo', 'Super Hornet', 'Black Hawk', 'Eurofighter', 'Learjet', 'Model T',
    'Prius', 'Corolla', 'Camry', 'Hummer H2']
    .map((text) => ({ text, maker: 'various' })),
];

/**
 * Academic subjects: capitalized in course and degree names ("a degree in Linguistics"), never a named entity
 * by themselves. A single-word mention that is one of these is dropped.
 */
export const DISCIPLINES: readonly string[] = [
  'Biology', 'Chemistry', 'Physics', 'Mathematics', 'Maths', 'Math', 'Linguistics', 'Philosophy', 'Psychology', 'Sociology',
  'Anthropology', 'Economics', 'Geology', 'Geography', 'Astronomy', 'Astrophysics', 'Biochemistry', 'Microbiology', 'Ecology',
  'Zoology', 'Botany', 'Genetics', 'Neuroscience', 'Medicine', 'Engineering', 'Theology', 'Archaeology', 'Literature',
  'Humanities', 'Statistics', 'Epidemiology', 'Pharmacology', 'Criminology', 'Journalism', 'Musicology', 'Entomology',
];

/**
 * Names of languages that are not also demonyms in the gazetteer (those are typed NORP already): a language is
 * not a person, organization or place, so such a mention is typed MISC (OntoNotes LANGUAGE).
 */
export const LANGUAGES: readonly string[] = [
  'Hebrew', 'Latin', 'Mandarin', 'Cantonese', 'Swahili', 'Esperanto', 'Yiddish', 'Sanskrit', 'Farsi', 'Urdu', 'Hindi',
  'Tagalog', 'Bengali', 'Punjabi', 'Tamil', 'Telugu', 'Gaelic', 'Basque', 'Catalan', 'Quechua', 'Amharic', 'Yoruba', 'Igbo',
  'Hausa', 'Zulu', 'Xhosa', 'Tibetan', 'Uyghur', 'Pashto', 'Dari', 'Aramaic', 'Klingon',
];

/**
 * Religions' adherents and religious groups: a group of people (OntoNotes NORP), not a place, organization or
 * person ("the rights of Muslims", "a Sikh temple"). Singular forms; a plural in `s` is matched too.
 */
export const RELIGIOUS_GROUPS: readonly string[] = [
  'Muslim', 'Moslem', 'Christian', 'Jew', 'Jewish', 'Hindu', 'Buddhist', 'Sikh', 'Jain', 'Catholic', 'Protestant', 'Mormon', 'Shia',
  'Shiite', 'Sunni', 'Evangelical', 'Lutheran', 'Methodist', 'Baptist', 'Anglican', 'Presbyterian', 'Quaker', 'Amish',
  'Rastafarian', 'Zoroastrian', 'Bahai', 'Druze', 'Alawite', 'Copt', 'Coptic', 'Pagan', 'Wiccan', 'Atheist', 'Agnostic',
];

/**
 * Religions and belief systems by name (not their adherents: those are {@link RELIGIOUS_GROUPS}): a belief, not a
 * place, organization or person ("converted to Buddhism", "the spread of Islam"); OntoNotes types them NORP.
 * Churches and movements run as organizations (Scientology, Freemasonry) are left out.
 */
export const RELIGIONS: readonly string[] = [
  'Islam', 'Christianity', 'Judaism', 'Hinduism', 'Buddhism', 'Sikhism', 'Jainism', 'Taoism', 'Daoism', 'Shinto', 'Shintoism',
  'Confucianism', 'Zoroastrianism', 'Catholicism', 'Protestantism', 'Anglicanism', 'Mormonism', 'Wicca', 'Paganism',
  'Rastafarianism', 'Sufism', 'Animism', 'Atheism', 'Agnosticism',
];

/**
 * One-word names of religious festivals, pilgrimages and holidays: an event, not a place or person ("pilgrims
 * arrived for the Hajj", "shops closed for Diwali"). Written from general knowledge.
 */
export const FESTIVALS: readonly string[] = [
  'Hajj', 'Umrah', 'Ramadan', 'Eid', 'Diwali', 'Deepavali', 'Holi', 'Navratri', 'Vesak', 'Hanukkah', 'Chanukah', 'Passover', 'Pesach',
  'Purim', 'Sukkot', 'Shavuot', 'Easter', 'Christmas', 'Christmastime', 'Lent', 'Pentecost', 'Whitsun',
  'Nowruz', 'Kwanzaa', 'Halloween', 'Thanksgiving',
];

/**
 * Gods of the Greek, Roman, Norse, Egyptian and Hindu pantheons, typed PERSON as OntoNotes and GUM type them ("a hymn
 * to Odin"). Names that are as often planets, brands, spacecraft, programmes or groups are left out (`Apollo`,
 * `Mars`, `Mercury`, `Jupiter`, `Saturn`, `Venus`, `Neptune`, `Nike`, `Hermes`, `Thor`, `Isis`, `Pandora`, `Artemis`, `Juno`, `Gaia`,
 * `Vulcan`, `Prometheus`, `Eros`, `Cupid`, `Kali`).
 */
export const DEITIES: readonly string[] = [
  'Zeus', 'Hera', 'Poseidon', 'Athena', 'Athene', 'Aphrodite', 'Dionysus', 'Hades', 'Demeter', 'Hephaestus', 'Persephone', 'Hestia',
  'Cronus', 'Kronos', 'Minerva', 'Bacchus', 'Odin', 'Freyja', 'Frigg', 'Loki', 'Baldur', 'Osiris', 'Anubis', 'Horus', 'Amun', 'Vishnu',
  'Shiva', 'Ganesha', 'Krishna', 'Brahma', 'Lakshmi', 'Durga', 'Hanuman',
];

/**
 * Historical figures, writers, artists and scientists usually named by one word, typed PERSON wherever the tagger
 * typed the bare word as a place or organization ("a quote attributed to Einstein" with "Einstein" typed GPE).
 * Written for factwire from general knowledge. Names that are as often places, brands, ships or programmes are left
 * out (`Darwin`, `Newton`, `Lincoln`, `Washington`, `Columbus`, `Ford`, `Disney`, `Marconi`, `Edison`, `Kepler`, `Hubble`,
 * `Galileo`, `Hannibal`, `Tesla`, `Nobel`, `Dante`, `Victoria`, `Cleopatra`).
 */
export const FAMOUS_PERSONS: readonly string[] = [
  'Einstein', 'Dostoyevsky', 'Dostoevsky', 'Tolstoy', 'Chekhov', 'Pushkin', 'Shakespeare', 'Dickens', 'Goethe', 'Schiller', 'Voltaire',
  'Cervantes', 'Hemingway', 'Kafka', 'Nietzsche', 'Kant', 'Hegel', 'Descartes', 'Spinoza', 'Aristotle', 'Plato', 'Socrates', 'Confucius',
  'Machiavelli', 'Freud', 'Jung', 'Marx', 'Engels', 'Lenin', 'Stalin', 'Trotsky', 'Mao', 'Gandhi', 'Napoleon', 'Churchill', 'Bismarck',
  'Mozart', 'Beethoven', 'Bach', 'Brahms', 'Chopin', 'Wagner', 'Verdi', 'Tchaikovsky', 'Picasso', 'Rembrandt', 'Michelangelo', 'Raphael',
  'Caravaggio', 'Leonardo', 'Monet', 'Cezanne', 'Warhol', 'Copernicus', 'Pasteur', 'Curie', 'Hawking',
  // Alone, the first word of many place names is the folk figure ("Santa Clara" is one mention of two words).
  'Santa',
];

/**
 * Acronyms that are common nouns, degrees or post-nominal letters, never a named entity on their own: "intact DNA",
 * "a VIP guest", "Jo Bloggs, QC, said". A one-word mention that is one of these is dropped.
 */
export const COMMON_ACRONYMS: readonly string[] = [
  'DNA', 'RNA', 'mRNA', 'VIP', 'VIPs', 'IQ', 'PhD', 'Ph.D.', 'MSc', 'M.Sc.', 'BSc', 'B.Sc.', 'MBA', 'BA', 'B.A.', 'M.A.',
  'QC', 'KC', 'SC', 'MBE', 'OBE', 'CBE', 'KBE', 'DIY', 'FAQ', 'ASAP', 'LOL', 'OMG', 'GDP', 'CPU', 'GPU', 'USB', 'GPS', 'PDF',
  'HTML', 'URL', 'LED', 'LCD', 'ATM', 'SUV', 'ICU', 'ER', 'DVD', 'CD', 'TV', 'PC',
  // Computing and statistics terms, and currency codes (amounts in a table or text: "DKK 450").
  'AI', 'API', 'XML', 'SQL', 'HTTP', 'HTTPS', 'IRC', 'GIS', 'LLM', 'LLMs', 'NLP', 'UV', 'CO2', 'IQR', 'CEO', 'CEOs', 'PCs',
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'DKK', 'SEK', 'NOK', 'AUD', 'NZD', 'CNY', 'INR', 'RUB',
];

/**
 * Section headings of papers and reports. Alone on their line (after a section number or not), they are no name:
 * "1. Introduction", "Methods".
 */
export const SECTION_HEADINGS: readonly string[] = [
  'Abstract', 'Introduction', 'Background', 'Method', 'Methods', 'Methodology', 'Materials and Methods', 'Results', 'Discussion',
  'Conclusion', 'Conclusions', 'References', 'Acknowledgements', 'Acknowledgments', 'Related Work', 'Literature Review',
  'Appendix', 'Summary', 'Overview', 'Keywords', 'Bibliography', 'Evaluation', 'Experiments', 'Future Work',
];
