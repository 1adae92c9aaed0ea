import type { GazetteerEntry } from './gazetteer.js';

const place = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Location', ...(aliases.length > 0 ? { aliases } : {}) });

/**
 * Sovereign states by their usual English short names. "Chad" and
 * "Jordan" are also given names; a longer person span ("Michael Jordan")
 * still wins over them.
 */
const COUNTRIES: GazetteerEntry[] = [
  place('Afghanistan'), place('Albania'), place('Algeria'), place('Andorra'), place('Angola'), place('Antigua and Barbuda'),
  place('Argentina'), place('Armenia'), place('Australia'), place('Austria'), place('Azerbaijan'), place('Bahamas'),
  place('Bahrain'), place('Bangladesh'), place('Barbados'), place('Belarus'), place('Belgium'), place('Belize'), place('Benin'),
  place('Bhutan'), place('Bolivia'), place('Bosnia and Herzegovina', 'Bosnia'), place('Botswana'), place('Brazil'), place('Brunei'),
  place('Bulgaria'), place('Burkina Faso'), place('Burundi'), place('Cambodia'), place('Cameroon'), place('Canada'),
  place('Cape Verde', 'Cabo Verde'), place('Central African Republic'), place('Chad'), place('Chile'), place('China', "People's Republic of China"),
  place('Colombia'), place('Comoros'), place('Democratic Republic of the Congo', 'DR Congo', 'DRC'), place('Republic of the Congo'),
  place('Costa Rica'), place("Côte d'Ivoire", 'Ivory Coast'), place('Croatia'), place('Cuba'), place('Cyprus'),
  place('Czech Republic', 'Czechia'), place('Denmark'), place('Djibouti'), place('Dominica'), place('Dominican Republic'),
  place('East Timor', 'Timor-Leste'), place('Ecuador'), place('Egypt'), place('El Salvador'), place('Equatorial Guinea'),
  place('Eritrea'), place('Estonia'), place('Eswatini', 'Swaziland'), place('Ethiopia'), place('Fiji'), place('Finland'),
  place('France'), place('Gabon'), place('Gambia'), place('Georgia'), place('Germany'), place('Ghana'), place('Greece'),
  place('Grenada'), place('Guatemala'), place('Guinea'), place('Guinea-Bissau'), place('Guyana'), place('Haiti'),
  place('Honduras'), place('Hungary'), place('Iceland'), place('India'), place('Indonesia'), place('Iran'), place('Iraq'),
  place('Ireland'), place('Israel'), place('Italy'), place('Jamaica'), place('Japan'), place('Jordan'), place('Kazakhstan'),
  place('Kenya'), place('Kiribati'), place('Kosovo'), place('Kuwait'), place('Kyrgyzstan'), place('Laos'), place('Latvia'),
  place('Lebanon'), place('Lesotho'), place('Liberia'), place('Libya'), place('Liechtenstein'), place('Lithuania'),
  place('Luxembourg'), place('Madagascar'), place('Malawi'), place('Malaysia'), place('Maldives'), place('Mali'), place('Malta'),
  place('Marshall Islands'), place('Mauritania'), place('Mauritius'), place('Mexico'), place('Micronesia'), place('Moldova'),
  place('Monaco'), place('Mongolia'), place('Montenegro'), place('Morocco'), place('Mozambique'), place('Myanmar', 'Burma'),
  place('Namibia'), place('Nauru'), place('Nepal'), place('Netherlands', 'Holland'), place('New Zealand'), place('Nicaragua'),
  place('Niger'), place('Nigeria'), place('North Korea'), place('North Macedonia', 'Macedonia'), place('Norway'), place('Oman'),
  place('Pakistan'), place('Palau'), place('Palestine'), place('Panama'), place('Papua New Guinea'), place('Paraguay'),
  place('Peru'), place('Philippines'), place('Poland'), place('Portugal'), place('Qatar'), place('Romania'), place('Russia', 'Russian Federation'),
  place('Rwanda'), place('Saint Kitts and Nevis'), place('Saint Lucia'), place('Saint Vincent and the Grenadines'), place('Samoa'),
  place('San Marino'), place('São Tomé and Príncipe'), place('Saudi Arabia'), place('Senegal'), place('Serbia'),
  place('Seychelles'), place('Sierra Leone'), place('Singapore'), place('Slovakia'), place('Slovenia'), place('Solomon Islands'),
  place('Somalia'), place('South Africa'), place('South Korea', 'Republic of Korea'), place('South Sudan'), place('Spain'),
  place('Sri Lanka'), place('Sudan'), place('Suriname'), place('Sweden'), place('Switzerland'), place('Syria'), place('Taiwan'),
  place('Tajikistan'), place('Tanzania'), place('Thailand'), place('Togo'), place('Tonga'), place('Trinidad and Tobago'),
  place('Tunisia'), place('Turkey', 'Türkiye'), place('Turkmenistan'), place('Tuvalu'), place('Uganda'), place('Ukraine'),
  place('United Arab Emirates', 'UAE', 'U.A.E.'), place('United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'),
  place('United States', 'United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'), place('Uruguay'),
  place('Uzbekistan'), place('Vanuatu'), place('Vatican City', 'Vatican'), place('Venezuela'), place('Vietnam', 'Viet Nam'),
  place('Yemen'), place('Zambia'), place('Zimbabwe'),
];

/** Constituent countries, territories and historical states that news text names like countries. */
const TERRITORIES: GazetteerEntry[] = [
  place('England'), place('Scotland'), place('Wales'), place('Northern Ireland'), place('Hong Kong'), place('Macau', 'Macao'),
  place('Greenland'), place('Puerto Rico'), place('Soviet Union', 'USSR'), place('Crimea'), place('Gaza'), place('West Bank'),
];

const US_STATES: GazetteerEntry[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
].map((name) => place(name));

const REGIONS: GazetteerEntry[] = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Southeast Asia', 'East Asia', 'Scandinavia', 'Balkans', 'Caribbean', 'Oceania', 'Siberia', 'Bavaria',
  'Catalonia', 'Silicon Valley', 'Sahara', 'Arctic', 'Mediterranean',
].map((name) => place(name));

/**
 * Capitals, large cities and the company towns that headquarters sentences
 * name, including ones compromise's lexicon does not know (Shenzhen,
 * Bengaluru, Cupertino, Walldorf…).
 */
const CITIES: GazetteerEntry[] = [
  'Amsterdam', 'Athens', 'Bangkok', 'Barcelona', 'Beijing', 'Berlin', 'Bern', 'Bogotá', 'Brussels', 'Bucharest', 'Budapest',
  'Buenos Aires', 'Cairo', 'Cape Town', 'Caracas', 'Copenhagen', 'Dakar', 'Delhi', 'New Delhi', 'Dhaka', 'Doha', 'Dubai',
  'Dublin', 'Edinburgh', 'Frankfurt', 'Geneva', 'Hamburg', 'Hanoi', 'Havana', 'Helsinki', 'Ho Chi Minh City', 'Istanbul',
  'Jakarta', 'Jerusalem', 'Johannesburg', 'Kabul', 'Karachi', 'Kyiv', 'Kiev', 'Kinshasa', 'Kuala Lumpur', 'Lagos', 'Lahore',
  'Lima', 'Lisbon', 'London', 'Los Angeles', 'Madrid', 'Manila', 'Marseille', 'Melbourne', 'Mexico City', 'Milan', 'Minsk',
  'Montreal', 'Moscow', 'Mumbai', 'Bombay', 'Munich', 'Nairobi', 'New York', 'New York City', 'Osaka', 'Oslo', 'Ottawa', 'Paris',
  'Prague', 'Pyongyang', 'Reykjavik', 'Riga', 'Rio de Janeiro', 'Riyadh', 'Rome', 'Saint Petersburg', 'St. Petersburg',
  'San Francisco', 'Santiago', 'São Paulo', 'Sao Paulo', 'Seoul', 'Shanghai', 'Singapore City', 'Stockholm', 'Sydney',
  'Taipei', 'Tallinn', 'Tehran', 'Tel Aviv', 'Tokyo', 'Toronto', 'Vancouver', 'Vienna', 'Vilnius', 'Warsaw', 'Washington, D.C.',
  'Washington D.C.', 'Wellington', 'Zurich', 'Zürich', 'Chicago', 'Boston', 'Seattle', 'Austin', 'Houston', 'Dallas',
  'Atlanta', 'Miami', 'Denver', 'Detroit', 'Philadelphia', 'Pittsburgh', 'Las Vegas', 'San Diego', 'San Jose', 'Shenzhen',
  'Guangzhou', 'Hangzhou', 'Chengdu', 'Wuhan', 'Chongqing', 'Tianjin', 'Nanjing', 'Bengaluru', 'Bangalore', 'Hyderabad',
  'Chennai', 'Kolkata', 'Pune', 'Kyoto', 'Yokohama', 'Busan', 'Cupertino', 'Redmond', 'Mountain View', 'Menlo Park',
  'Palo Alto', 'Santa Clara', 'Sunnyvale', 'Armonk', 'Walldorf', 'Wolfsburg', 'Stuttgart', 'Cologne', 'Düsseldorf',
  'Eindhoven', 'Espoo', 'Toulouse', 'Lyon', 'Manchester', 'Birmingham', 'Oxford', 'Cambridge', 'Davos', 'Brooklyn',
  'Manhattan', 'Hollywood',
].map((name) => place(name));

export const GAZETTEER_PLACES: readonly GazetteerEntry[] = [...COUNTRIES, ...TERRITORIES, ...US_STATES, ...REGIONS, ...CITIES];
