import type { GazetteerEntry } from './gazetteer.js';

const product = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Product', ...(aliases.length > 0 ? { aliases } : {}) });
const event = (name: string, ...aliases: string[]): GazetteerEntry => ({ name, type: 'Event', ...(aliases.length > 0 ? { aliases } : {}) });

/** Product lines; a model number or tier after them is kept in the span ("iPhone 15 Pro", "Windows 11"). */
const PRODUCTS: GazetteerEntry[] = [
  product('iPhone'), product('iPad'), product('iPod'), product('MacBook'), product('MacBook Air'), product('MacBook Pro'),
  product('iMac'), product('Apple Watch'), product('AirPods'), product('Vision Pro'), product('Windows'), product('Xbox'),
  product('Microsoft Office'), product('Android'), product('Pixel'), product('Chrome'), product('Gmail'), product('ChatGPT'),
  product('GPT-4'), product('Model 3'), product('Model S'), product('Model X'), product('Model Y'), product('Cybertruck'),
  product('Falcon 9'), product('Starship'), product('Starlink'), product('PlayStation'), product('Nintendo Switch'),
  product('Galaxy'), product('Kindle'), product('Photoshop'), product('Excel'), product('PowerPoint'), product('WeChat'),
  product('Linux'), product('Boeing 737'), product('Boeing 787', 'Dreamliner'), product('Airbus A320'), product('Airbus A380'),
  product('Prius'), product('Walkman'),
];

const EVENTS: GazetteerEntry[] = [
  event('World Cup', 'FIFA World Cup'), event('Olympics', 'Olympic Games', 'Summer Olympics', 'Winter Olympics'),
  event('Paralympics', 'Paralympic Games'), event('Mobile World Congress', 'MWC'), event('CES', 'Consumer Electronics Show'),
  event('Web Summit'), event('Super Bowl'), event('Wimbledon'), event('Tour de France'), event('Champions League'),
  event('Eurovision Song Contest', 'Eurovision'), event('Cannes Film Festival'), event('Academy Awards', 'Oscars'),
  event('Grammy Awards', 'Grammys'), event('G7 summit'), event('G20 summit'), event('Munich Security Conference'),
  event('WWDC', 'Worldwide Developers Conference'), event('Google I/O'), event('World War I', 'First World War'),
  event('World War II', 'Second World War'), event('Cold War'), event('Brexit'), event('Oktoberfest'), event('Black Friday'),
  event('SXSW'), event('Met Gala'), event('Davos summit'),
];

export const GAZETTEER_PRODUCTS_AND_EVENTS: readonly GazetteerEntry[] = [...PRODUCTS, ...EVENTS];
