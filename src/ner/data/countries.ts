/**
 * Countries with their demonyms and capitals, written by hand for factwire (no external source).
 * Used for gazetteer features, for mapping CoNLL LOC → GPE and MISC → NORP, and for aliases.
 * Format of each row: `Country[/alias...]|Demonym[/alias...]|Capital[/other major city...]`.
 */
const ROWS = `
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Argentina|Argentine/Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra/Sydney/Melbourne/Perth/Brisbane/Adelaide
Austria|Austrian|Vienna/Salzburg
Azerbaijan|Azerbaijani/Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels/Antwerp
Bolivia|Bolivian|La Paz
Bosnia/Bosnia and Herzegovina|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia/Rio de Janeiro/Sao Paulo
Bulgaria|Bulgarian|Sofia
Burundi|Burundian|Bujumbura
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa/Toronto/Montreal/Vancouver
Chile|Chilean|Santiago
China/People's Republic of China/PRC|Chinese|Beijing/Shanghai/Hong Kong
Colombia|Colombian|Bogota
Congo|Congolese|Kinshasa/Brazzaville
Croatia|Croatian/Croat|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic/Czechia|Czech|Prague
Denmark|Danish/Dane|Copenhagen
Ecuador|Ecuadorean/Ecuadorian|Quito
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish/Finn|Helsinki
France|French|Paris/Marseille/Lyon
Georgia|Georgian|Tbilisi
Germany|German|Berlin/Bonn/Frankfurt/Munich/Hamburg
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi/Mumbai/Bombay/Calcutta
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem/Tel Aviv
Italy|Italian|Rome/Milan/Naples/Turin
Japan|Japanese|Tokyo/Osaka
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana/Almaty
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourger|Luxembourg
Malaysia|Malaysian|Kuala Lumpur
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulan Bator/Ulaanbaatar
Morocco|Moroccan|Rabat/Casablanca
Netherlands/Holland|Dutch|Amsterdam/The Hague/Rotterdam
New Zealand|New Zealander|Wellington/Auckland
Nigeria|Nigerian|Abuja/Lagos
North Korea/Democratic People's Republic of Korea/DPRK|North Korean|Pyongyang
Norway|Norwegian|Oslo
Pakistan|Pakistani|Islamabad/Karachi
Palestine|Palestinian|Ramallah/Gaza
Peru|Peruvian|Lima
Philippines|Filipino/Philippine|Manila
Poland|Polish/Pole|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia/Russian Federation|Russian|Moscow/St Petersburg/St. Petersburg/Vladivostok
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Serbia|Serbian/Serb|Belgrade
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian/Slovene|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria/Johannesburg/Cape Town
South Korea/Republic of Korea/ROK|South Korean|Seoul
Spain|Spanish/Spaniard|Madrid/Barcelona
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish/Swede|Stockholm
Switzerland|Swiss|Bern/Geneva/Zurich
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey/Turkiye|Turkish/Turk|Ankara/Istanbul
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv/Kiev/Kharkiv/Odesa
United Arab Emirates/UAE|Emirati|Abu Dhabi/Dubai
United Kingdom/Britain/Great Britain/UK/U.K.|British/Briton|London
United States/United States of America/USA/U.S./US/America|American|Washington/New York/Los Angeles/LA/L.A./Chicago
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Yugoslavia|Yugoslav|Belgrade
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
Soviet Union/USSR/U.S.S.R.|Soviet|Moscow
England|English|London/Manchester/Liverpool/Birmingham
Scotland|Scottish/Scot|Edinburgh/Glasgow
Wales|Welsh|Cardiff
Korea|Korean|Seoul
`;

/** One country: its names (first = canonical), demonyms and main cities. */
export interface CountryRow {
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly cities: readonly string[];
}

/** The country table, parsed once. */
export const COUNTRIES: readonly CountryRow[] = ROWS.trim()
  .split('\n')
  .map((line) => {
    const [names = '', demonyms = '', cities = ''] = line.split('|');
    const list = (s: string) => s.split('/').map((x) => x.trim()).filter(Boolean);
    return { names: list(names), demonyms: list(demonyms), cities: list(cities) };
  });

/** U.S. states, written out (GPE). */
export const US_STATES: readonly string[] = (
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa ' +
  'Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada ' +
  'Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming'
).split(' ').concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island',
  'South Carolina', 'South Dakota', 'West Virginia']);

/**
 * States and provinces of other federations that news names without their country ("wheat from Western Australia", "a
 * Sydney, NSW address", "Ontario's premier"). Not "Victoria" (a first name and many cities) nor "Queensland" (the
 * model's gazetteer lists it as a region).
 */
export const OTHER_STATES: readonly string[] = ['New South Wales', 'NSW', 'Western Australia', 'South Australia', 'Tasmania',
  'Northern Territory', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick'];

/** Regions, continents and other non-political places (LOC in OntoNotes terms). */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Antarctica', 'Arctic', 'Oceania', 'Eurasia',
  'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Scandinavia', 'Siberia', 'Central Asia', 'Southeast Asia',
  'Northeast Asia', 'East Asia', 'South Asia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Gulf', 'Persian Gulf',
  'Korean Peninsula', 'Crimea', 'Sahara', 'Himalayas', 'Alps', 'Mediterranean', 'Atlantic', 'Pacific', 'Baltic', 'Caribbean',
  'West Bank', 'Gaza Strip', 'Kashmir', 'Horn of Africa', 'Sub-Saharan Africa', 'Amazon', 'Danube', 'Nile', 'Volga', 'Rhine',
  'Black Sea', 'Caspian Sea', 'Red Sea', 'North Sea', 'South China Sea', 'Sea of Japan', 'Indian Ocean', 'Arctic Ocean',
  'Atlantic Ocean', 'Pacific Ocean', 'Mediterranean Sea', 'Baltic Sea', 'Pacific Rim', 'Silicon Valley', 'Wall Street',
];

/** Head words that make a place span a region (LOC): `Korean Peninsula`, `Volga River`. */
export const LOC_HEADS: readonly string[] = [
  'Peninsula', 'continent', 'Continent', 'River', 'Sea', 'Ocean', 'Lake', 'Mountains', 'Mountain', 'Mount', 'Valley', 'Gulf',
  'Bay', 'Strait', 'Straits', 'Island', 'Islands', 'Desert', 'Coast', 'Basin', 'Delta', 'Canal', 'Plateau', 'Region',
];

/** Head words that make a place span a facility (FAC): `Vostochny spaceport`, `Yaroslavsky railway station`. */
export const FAC_HEADS: readonly string[] = [
  'spaceport', 'cosmodrome', 'Cosmodrome', 'Spaceport', 'airport', 'Airport', 'station', 'Station', 'Bridge', 'bridge',
  'Stadium', 'stadium', 'Palace', 'Tower', 'Square', 'Cathedral', 'Hospital', 'Prison', 'Dam', 'Tunnel', 'Highway', 'Street',
  'Avenue', 'Road', 'Building', 'Center', 'Centre', 'Arena', 'Museum', 'Kremlin', 'Base', 'Port', 'Harbour', 'Harbor',
];
