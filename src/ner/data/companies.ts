/**
 * Companies and market indices: factwire's own list (written for this project from general knowledge; not
 * taken from any evaluation corpus). Used as gazetteer classes `company` and `market` (tagger features, so the
 * model learns how far to trust them) and by fine-typing (a market index or exchange is typed ORG).
 */

/** Well-known companies (names as usually written in news; one- and multi-word). */
export const COMPANIES: readonly string[] = [
  // aerospace, defence, autos
  'Airbus', 'Boeing', 'Lockheed', 'Lockheed Martin', 'Northrop', 'Northrop Grumman', 'Raytheon', 'General Dynamics', 'Embraer',
  'Bombardier', 'McDonnell Douglas', 'BAE Systems', 'Dassault', 'Rolls-Royce', 'Pratt & Whitney', 'Thales', 'Safran', 'EADS',
  'Chrysler', 'DaimlerChrysler', 'Daimler', 'Daimler-Benz', 'Mercedes-Benz', 'General Motors', 'GM', 'Ford', 'Opel', 'Vauxhall',
  'Saab', 'Volvo', 'Volkswagen', 'VW', 'Audi', 'Porsche', 'BMW', 'Fiat', 'Renault', 'Peugeot', 'Citroen', 'Toyota', 'Honda',
  'Nissan', 'Mazda', 'Mitsubishi', 'Subaru', 'Suzuki', 'Hyundai', 'Kia', 'Daewoo', 'Tata', 'Skoda', 'Seat', 'Jaguar',
  'Land Rover', 'Rover', 'Tesla', 'Ferrari', 'Lamborghini', 'Maserati', 'Chevrolet', 'Cadillac', 'Pontiac', 'Buick', 'Dodge',
  'Jeep', 'Lada', 'AvtoVAZ', 'Scania', 'Navistar', 'Caterpillar', 'Deere', 'Goodyear', 'Michelin', 'Bridgestone', 'Pirelli',
  'Continental', 'Bosch', 'Delphi', 'Magna',
  // technology, telecoms, media
  'Apple', 'Microsoft', 'IBM', 'Intel', 'AMD', 'Google', 'Alphabet', 'Yahoo', 'Amazon', 'eBay', 'Facebook', 'Meta', 'Twitter',
  'Oracle', 'Cisco', 'Dell', 'Compaq', 'Hewlett-Packard', 'HP', 'Xerox', 'Motorola', 'Nokia', 'Ericsson', 'Siemens', 'Philips',
  'Sony', 'Samsung', 'LG', 'Panasonic', 'Matsushita', 'Toshiba', 'Hitachi', 'Fujitsu', 'NEC', 'Sharp', 'Canon', 'Nikon', 'Polaroid', 'Kodak', 'Eastman Kodak', 'Fujifilm', 'Olympus',
  'Nintendo', 'Sega', 'Qualcomm', 'Nvidia', 'Texas Instruments', 'Micron', 'Sun Microsystems', 'Netscape', 'Novell', 'Lotus',
  'SAP', 'Alcatel', 'Lucent', 'Nortel', 'AT&T', 'Verizon', 'Vodafone', 'BT', 'British Telecom', 'Deutsche Telekom',
  'France Telecom', 'Telefonica', 'Telecom Italia', 'NTT', 'MCI', 'Sprint', 'WorldCom', 'BlackBerry', 'Huawei', 'ZTE', 'Lenovo',
  'Acer', 'Asus', 'Foxconn', 'TSMC', 'Netflix', 'Spotify', 'Uber', 'Airbnb', 'PayPal', 'Adobe', 'Salesforce', 'Time Warner',
  'Warner Bros', 'Disney', 'Walt Disney', 'Viacom', 'CBS', 'NBC', 'ABC', 'CNN', 'BBC', 'Fox', 'News Corp', 'Reuters',
  'Bloomberg', 'Associated Press', 'Dow Jones & Co', 'Pearson', 'Bertelsmann', 'Vivendi', 'Sky', 'BSkyB',
  // energy, materials, industry
  'Exxon', 'ExxonMobil', 'Exxon Mobil', 'Mobil', 'Chevron', 'Texaco', 'Shell', 'Royal Dutch Shell', 'BP', 'Total', 'Elf',
  'Eni', 'Statoil', 'Equinor', 'Gazprom', 'Rosneft', 'Lukoil', 'Petrobras', 'Pemex', 'Aramco', 'Saudi Aramco', 'ConocoPhillips',
  'Halliburton', 'Schlumberger', 'Enron', 'General Electric', 'GE', 'Westinghouse', 'Honeywell', '3M', 'DuPont', 'Dow Chemical',
  'BASF', 'Bayer', 'Hoechst', 'ICI', 'Monsanto', 'Alcoa', 'Rio Tinto', 'BHP', 'BHP Billiton', 'Anglo American', 'De Beers',
  'Glencore', 'ArcelorMittal', 'Arcelor', 'Thyssen', 'ThyssenKrupp', 'Krupp', 'US Steel', 'Nippon Steel', 'Posco', 'Vale',
  'Areva', 'Alstom', 'ABB',
  // consumer, retail, pharma
  'Coca-Cola', 'Pepsi', 'PepsiCo', 'Nestle', 'Unilever', 'Procter & Gamble', 'Kraft', 'Heinz', 'Kellogg', 'Danone', 'McDonald\'s',
  'Burger King', 'Starbucks', 'Wal-Mart', 'Walmart', 'Tesco', 'Sainsbury', 'Carrefour', 'Ahold', 'Metro', 'Aldi', 'Lidl',
  'Costco', 'Target', 'Kmart', 'Sears', 'Home Depot', 'IKEA', 'H&M', 'Zara', 'Nike', 'Adidas', 'Puma', 'Reebok', 'L\'Oreal',
  'LVMH', 'Gucci', 'Philip Morris', 'Marlboro', 'British American Tobacco', 'RJR Nabisco', 'Nabisco', 'Guinness', 'Diageo',
  'Heineken', 'Carlsberg', 'Anheuser-Busch', 'Pfizer', 'Merck', 'Novartis', 'Roche', 'GlaxoSmithKline', 'Glaxo', 'Glaxo Wellcome',
  'SmithKline Beecham', 'AstraZeneca', 'Sanofi', 'Johnson & Johnson', 'Eli Lilly', 'Bristol-Myers Squibb', 'Abbott', 'Amgen',
  // transport
  'Lufthansa', 'British Airways', 'Air France', 'KLM', 'Alitalia', 'Iberia', 'Aeroflot', 'Swissair', 'SAS', 'Ryanair',
  'easyJet', 'American Airlines', 'United Airlines', 'Delta', 'Delta Air Lines', 'Continental Airlines', 'Northwest Airlines',
  'TWA', 'Pan Am', 'Qantas', 'Singapore Airlines', 'Cathay Pacific', 'Emirates', 'FedEx', 'UPS', 'DHL', 'Maersk',
  // finance
  'Goldman Sachs', 'Morgan Stanley', 'JP Morgan', 'J.P. Morgan', 'JPMorgan', 'JPMorgan Chase', 'Citigroup', 'Citibank', 'Citicorp',
  'Merrill Lynch', 'Lehman Brothers', 'Bear Stearns', 'Salomon Brothers', 'Salomon', 'Paine Webber', 'Bank of America',
  'Wells Fargo', 'Chase Manhattan', 'Chemical Bank', 'NationsBank', 'Barclays', 'HSBC', 'Lloyds', 'NatWest', 'RBS',
  'Royal Bank of Scotland', 'Standard Chartered', 'Deutsche Bank', 'Dresdner Bank', 'Commerzbank', 'UBS', 'Credit Suisse',
  'BNP', 'BNP Paribas', 'Paribas', 'Societe Generale', 'Credit Lyonnais', 'Credit Agricole', 'ING', 'ABN Amro', 'Rabobank',
  'Santander', 'BBVA', 'UniCredit', 'Nomura', 'Daiwa', 'Nikko', 'Yamaichi', 'Mizuho', 'Sumitomo', 'Mitsui', 'AIG', 'Allianz',
  'AXA', 'Generali', 'Prudential', 'Aviva', 'Fannie Mae', 'Freddie Mac', 'Berkshire Hathaway', 'BlackRock',
  'Fidelity', 'Vanguard', 'Moody\'s', 'Standard & Poor\'s', 'Fitch', 'Visa', 'MasterCard', 'American Express',
  'Washington Mutual', 'Wachovia', 'Countrywide', 'IndyMac', 'SunTrust', 'PNC', 'Capital One', 'Northern Rock',
  'Bradford & Bingley', 'HBOS', 'Fortis', 'Dexia', 'Old Mutual', 'Charles Schwab', 'Schwab',
  'Blackstone', 'Carlyle', 'KKR',
  // news agencies, broadcasters, publishers, online media
  'Xinhua', 'ITAR-TASS', 'TASS', 'RIA Novosti', 'Interfax', 'Kyodo', 'Jiji', 'Yonhap', 'KCNA', 'AFP', 'Agence France-Presse',
  'Agence France Presse', 'AP', 'ANSA', 'EFE', 'DPA', 'dpa', 'PTI', 'Press Trust of India', 'Bernama', 'Antara', 'APA',
  'IRNA', 'Anadolu', 'MENA', 'UPI', 'United Press International', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'NHK', 'CBC',
  'RTE', 'ITV', 'Channel 4', 'Sky News', 'Fox News', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'Deutsche Welle', 'Euronews',
  'Wikipedia', 'Wikinews', 'Wikimedia', 'Wikimedia Foundation', 'YouTube', 'Instagram', 'LinkedIn', 'WhatsApp', 'Snapchat',
  'TikTok', 'Reddit', 'Tumblr', 'MySpace', 'Skype', 'Baidu', 'Alibaba', 'Tencent', 'Sina', 'Weibo', 'Yandex', 'Mozilla',
  'Ubisoft', 'Electronic Arts', 'Activision', 'Blizzard', 'Square Enix', 'Capcom', 'Konami', 'Atari', 'Marvel', 'DC Comics',
  'Pixar', 'DreamWorks', 'Paramount Pictures', 'Universal Pictures', 'Columbia Pictures', 'Sony Pictures', 'EMI', 'Warner Music',
  // aircraft, automakers, airlines (beyond those above)
  'Douglas Aircraft', 'Grumman', 'Convair', 'Martin Marietta', 'Fokker', 'Cessna', 'Beechcraft', 'Gulfstream', 'Sikorsky',
  'Bell Helicopter', 'Learjet', 'Antonov', 'Tupolev', 'Ilyushin', 'Sukhoi', 'Mitsubishi Heavy Industries', 'Ford Motor',
  'Ford Motor Company', 'General Motors Corporation', 'Hummer', 'GMC', 'Geely', 'BYD', 'SAIC',
  'Aer Lingus', 'AirTran', 'AirTran Airways', 'Virgin Atlantic', 'Virgin Blue', 'Southwest Airlines', 'JetBlue', 'US Airways',
  'Air Canada', 'Air India', 'Air China', 'China Eastern', 'China Southern', 'All Nippon Airways', 'ANA', 'Japan Airlines',
  'JAL', 'Korean Air', 'Asiana', 'Thai Airways', 'Malaysia Airlines', 'Garuda', 'Garuda Indonesia', 'Lion Air', 'Adam Air',
  'AirAsia', 'Etihad', 'Qatar Airways', 'Turkish Airlines', 'EgyptAir', 'El Al', 'Air New Zealand', 'Virgin Australia',
  'Jet Airways', 'IndiGo', 'LATAM', 'Avianca', 'Aeromexico', 'Air Berlin', 'Finnair', 'Icelandair', 'Brussels Airlines',
  'Austrian Airlines', 'Swiss International Air Lines', 'Flybe',
];

/** Market indices and exchanges (MEANTIME's FIN; typed ORG by fine-typing). */
export const MARKETS: readonly string[] = [
  'Dow Jones', 'Dow', 'Dow Jones Industrial Average', 'Dow Jones industrial average', 'Dow Jones Industrials', 'Nasdaq',
  'NASDAQ', 'Nasdaq Composite', 'Nasdaq composite', 'Nasdaq 100', 'S&P', 'S&P 500', 'Standard & Poor\'s 500', 'Russell 2000',
  'FTSE', 'FTSE 100', 'FTSE-100', 'FTSE 250', 'Footsie', 'Nikkei', 'Nikkei 225', 'Nikkei average', 'Topix', 'TOPIX', 'DAX',
  'Xetra Dax', 'CAC', 'CAC 40', 'CAC-40', 'Hang Seng', 'Hang Seng Index', 'Kospi', 'KOSPI', 'Sensex', 'Nifty', 'Straits Times Index',
  'ASX', 'All Ordinaries', 'IBEX', 'IBEX 35', 'MIB', 'FTSE MIB', 'AEX', 'SMI', 'Bovespa', 'RTS', 'MICEX', 'Merval', 'IPC',
  'Euro Stoxx', 'Euro Stoxx 50', 'Stoxx', 'MSCI', 'Shanghai Composite', 'Wilshire 5000', 'NYSE', 'AMEX', 'LSE', 'Euronext',
  'New York Stock Exchange', 'London Stock Exchange', 'Tokyo Stock Exchange', 'American Stock Exchange',
];
