import type { GazetteerEntry } from '../ner/index.js';

/**
 * Places and organisations under their English name, with their Chinese
 * and Spanish names as aliases. A match on an alias reports the English name
 * as the mention's `canonical`, which is what lets '北京', 'Pekín' and
 * 'Beijing' resolve to one entity with three labels. The same structure as
 * the English table, so it can extend it (`defaultGazetteer().extend(...)`).
 */
const place = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Location', aliases });
const org = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Organization', aliases });

const COUNTRIES_AND_REGIONS: GazetteerEntry[] = [
  place('China', '中国', '中华人民共和国'),
  place('Spain', '西班牙', 'España'),
  place('United States', '美国', 'Estados Unidos', 'EE. UU.', 'EE.UU.', 'EEUU'),
  place('United Kingdom', '英国', 'Reino Unido'),
  place('France', '法国', 'Francia'),
  place('Germany', '德国', 'Alemania'),
  place('Italy', '意大利', 'Italia'),
  place('Portugal', '葡萄牙'),
  place('Netherlands', '荷兰', 'Países Bajos'),
  place('Switzerland', '瑞士', 'Suiza'),
  place('Russia', '俄罗斯', 'Rusia'),
  place('Japan', '日本', 'Japón'),
  place('South Korea', '韩国', 'Corea del Sur'),
  place('India', '印度'),
  place('Indonesia', '印度尼西亚', '印尼'),
  place('Singapore', '新加坡', 'Singapur'),
  place('Australia', '澳大利亚'),
  place('Canada', '加拿大', 'Canadá'),
  place('Mexico', '墨西哥', 'México'),
  place('Brazil', '巴西', 'Brasil'),
  place('Argentina', '阿根廷'),
  place('Colombia', '哥伦比亚'),
  place('Chile', '智利'),
  place('Peru', '秘鲁', 'Perú'),
  place('Taiwan', '台湾', 'Taiwán'),
  place('Hong Kong', '香港'),
  place('Macau', '澳门', 'Macao'),
  place('Europe', '欧洲', 'Europa'),
  place('Asia', '亚洲'),
  place('Africa', '非洲', 'África'),
  place('Latin America', '拉丁美洲', '拉美', 'América Latina', 'Latinoamérica'),
  place('Catalonia', '加泰罗尼亚', 'Cataluña'),
  place('Andalusia', '安达卢西亚', 'Andalucía'),
  place('Guangdong', '广东'),
  place('Zhejiang', '浙江'),
  place('Jiangsu', '江苏'),
  place('Sichuan', '四川'),
];

const CITIES: GazetteerEntry[] = [
  place('Beijing', '北京', 'Pekín'),
  place('Shanghai', '上海', 'Shanghái'),
  place('Shenzhen', '深圳'),
  place('Guangzhou', '广州', 'Cantón'),
  place('Hangzhou', '杭州'),
  place('Chengdu', '成都'),
  place('Wuhan', '武汉'),
  place('Nanjing', '南京', 'Nankín'),
  place('Tianjin', '天津'),
  place('Chongqing', '重庆'),
  place("Xi'an", '西安'),
  place('Madrid', '马德里'),
  place('Barcelona', '巴塞罗那'),
  place('Valencia', '瓦伦西亚', '巴伦西亚'),
  place('Seville', '塞维利亚', 'Sevilla'),
  place('Bilbao', '毕尔巴鄂'),
  place('Málaga', '马拉加', 'Malaga'),
  place('Zaragoza', '萨拉戈萨'),
  place('Berlin', '柏林', 'Berlín'),
  place('Munich', '慕尼黑', 'Múnich'),
  place('Paris', '巴黎', 'París'),
  place('London', '伦敦', 'Londres'),
  place('Rome', '罗马', 'Roma'),
  place('Lisbon', '里斯本', 'Lisboa'),
  place('Brussels', '布鲁塞尔', 'Bruselas'),
  place('Geneva', '日内瓦', 'Ginebra'),
  place('Moscow', '莫斯科', 'Moscú'),
  place('New York', '纽约', 'Nueva York'),
  place('San Francisco', '旧金山'),
  place('Los Angeles', '洛杉矶', 'Los Ángeles'),
  place('Washington', '华盛顿'),
  place('Silicon Valley', '硅谷', 'Valle del Silicio'),
  place('Toronto', '多伦多'),
  place('Mexico City', '墨西哥城', 'Ciudad de México'),
  place('Buenos Aires', '布宜诺斯艾利斯'),
  place('Bogotá', '波哥大', 'Bogota'),
  place('Lima', '利马'),
  place('Tokyo', '东京', 'Tokio'),
  place('Seoul', '首尔', 'Seúl'),
  place('Sydney', '悉尼', 'Sídney'),
  place('Dubai', '迪拜', 'Dubái'),
];

/**
 * Organisations whose Chinese names carry no suffix the rules could anchor
 * on, or which a rule would mistype ("华为" starts with the surname 华).
 * "苹果" alone is the fruit, so only "苹果公司" is listed.
 */
const ORGANIZATIONS: GazetteerEntry[] = [
  org('Alibaba', '阿里巴巴'),
  org('Tencent', '腾讯'),
  org('Huawei', '华为'),
  org('JD.com', '京东'),
  org('Baidu', '百度'),
  org('Xiaomi', '小米公司'),
  org('ByteDance', '字节跳动'),
  org('Microsoft', '微软'),
  org('Google', '谷歌'),
  org('Apple', '苹果公司'),
  org('Amazon', '亚马逊'),
  org('Tesla', '特斯拉'),
  org('Telefónica', '西班牙电信', 'Telefonica'),
  org('Banco Santander', '桑坦德银行'),
  org('BBVA', '西班牙对外银行'),
  org('Inditex', '印第迪克斯'),
  org('Iberdrola', '伊维尔德罗拉'),
  org('Repsol', '雷普索尔'),
  org('United Nations', '联合国', 'Naciones Unidas', 'ONU'),
  org('European Union', '欧盟', 'Unión Europea', 'UE'),
  org('World Health Organization', '世界卫生组织', '世卫组织', 'Organización Mundial de la Salud', 'OMS'),
];

export const MULTILINGUAL_GAZETTEER: readonly GazetteerEntry[] = [...COUNTRIES_AND_REGIONS, ...CITIES, ...ORGANIZATIONS];
