import type { GazetteerEntry } from './gazetteer.js';

const org = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Organization', ...(aliases.length > 0 ? { aliases } : {}) });

/**
 * Well-known companies, often named without a legal suffix. Brand names that
 * are ordinary capitalised words at a sentence start ("Zoom", "Slack",
 * "Square") are left out: the gazetteer is case-sensitive, not clairvoyant.
 */
const COMPANIES: GazetteerEntry[] = [
  org('Apple'), org('Microsoft'), org('Google'), org('Alphabet'), org('Amazon'), org('Meta', 'Meta Platforms'),
  org('Facebook'), org('Instagram'), org('WhatsApp'), org('YouTube'), org('LinkedIn'), org('GitHub'), org('Netflix'),
  org('Tesla'), org('SpaceX'), org('OpenAI'), org('Anthropic'), org('DeepMind'), org('Nvidia', 'NVIDIA'), org('Intel'),
  org('AMD'), org('IBM'), org('Oracle'), org('Cisco'), org('Dell'), org('HP', 'Hewlett-Packard'), org('Lenovo'),
  org('Qualcomm'), org('TSMC'), org('Foxconn'), org('Samsung'), org('Sony'), org('Panasonic'), org('Toshiba'),
  org('Nintendo'), org('Toyota'), org('Honda'), org('Nissan'), org('Hyundai'), org('Kia'), org('Volkswagen', 'VW'),
  org('BMW'), org('Mercedes-Benz'), org('Daimler'), org('Porsche'), org('Audi'), org('Renault'), org('Stellantis'),
  org('Ferrari'), org('Ford'), org('General Motors', 'GM'), org('Siemens'), org('SAP'), org('Bosch'), org('BASF'),
  org('Bayer'), org('Airbus'), org('Boeing'), org('Lufthansa'), org('Ryanair'), org('Nokia'), org('Ericsson'),
  org('Spotify'), org('Uber'), org('Airbnb'), org('Twitter'), org('TikTok'), org('ByteDance'), org('Alibaba'),
  org('Tencent'), org('Baidu'), org('Huawei'), org('Xiaomi'), org('PayPal'), org('Visa'), org('Mastercard'),
  org('JPMorgan Chase', 'JPMorgan', 'J.P. Morgan'), org('Goldman Sachs'), org('Morgan Stanley'), org('Citigroup', 'Citi'),
  org('Berkshire Hathaway'), org('BlackRock'), org('HSBC'), org('Barclays'), org('UBS'), org('Walmart'),
  org('Coca-Cola'), org('PepsiCo'), org("McDonald's"), org('Starbucks'), org('Nike'), org('Adidas'), org('Disney', 'Walt Disney'),
  org('Warner Bros.'), org('Pfizer'), org('Moderna'), org('BioNTech'), org('AstraZeneca'), org('Novartis'), org('Roche'),
  org('Johnson & Johnson'), org('ExxonMobil', 'Exxon'), org('Chevron'), org('Shell'), org('BP'), org('TotalEnergies'),
  org('Nestlé', 'Nestle'), org('Unilever'), org('IKEA'), org('H&M'), org('LVMH'), org('Salesforce'), org('Adobe'),
  org('Shopify'), org('Stripe'), org('Dropbox'), org('Reuters'), org('Bloomberg'), org('BBC'), org('CNN'),
  org('The New York Times', 'New York Times'), org('The Washington Post', 'Washington Post'),
];

/** International bodies and public institutions, with their usual acronyms. */
const INSTITUTIONS: GazetteerEntry[] = [
  org('United Nations', 'UN', 'U.N.'), org('European Union', 'EU'), org('NATO'), org('World Health Organization', 'WHO'),
  org('International Monetary Fund', 'IMF'), org('World Bank'), org('World Trade Organization', 'WTO'), org('OPEC'),
  org('FIFA'), org('International Olympic Committee', 'IOC'), org('UNESCO'), org('UNICEF'), org('Red Cross'),
  org('Federal Reserve', 'Fed'), org('European Central Bank', 'ECB'), org('European Commission'), org('Interpol'),
  org('NASA'), org('European Space Agency', 'ESA'), org('FBI'), org('CIA'), org('Pentagon'), org('Kremlin'),
  org('World Economic Forum', 'WEF'), org('Harvard', 'Harvard University'), org('MIT', 'Massachusetts Institute of Technology'),
  org('Stanford', 'Stanford University'), org('Oxford University', 'University of Oxford'),
];

export const GAZETTEER_ORGANIZATIONS: readonly GazetteerEntry[] = [...COMPANIES, ...INSTITUTIONS];
