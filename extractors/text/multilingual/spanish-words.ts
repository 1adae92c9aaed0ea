/**
 * Capitalised words that open Spanish sentences without being names:
 * articles, prepositions, pronouns, conjunctions and frequent adverbs. They
 * are only dropped at a sentence start; inside a sentence a capitalised "El"
 * belongs to a name ("El Corte Inglés", "en El Salvador").
 */
export const SENTENCE_INITIAL_STOPWORDS: ReadonlySet<string> = new Set([
  'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Al', 'Del', 'A', 'Ante', 'Bajo', 'Con', 'Contra', 'De', 'Desde',
  'Durante', 'En', 'Entre', 'Hacia', 'Hasta', 'Mediante', 'Para', 'Por', 'Según', 'Sin', 'Sobre', 'Tras', 'Este', 'Esta',
  'Estos', 'Estas', 'Ese', 'Esa', 'Esos', 'Esas', 'Eso', 'Esto', 'Aquel', 'Aquella', 'Su', 'Sus', 'Mi', 'Mis', 'Nuestro',
  'Nuestra', 'Y', 'E', 'O', 'U', 'Pero', 'Aunque', 'Si', 'Sí', 'No', 'Ni', 'Que', 'Qué', 'Quien', 'Quién', 'Cuando', 'Cuándo',
  'Como', 'Cómo', 'Donde', 'Dónde', 'Mientras', 'Además', 'También', 'Tampoco', 'Ayer', 'Hoy', 'Mañana', 'Ahora', 'Ya',
  'Después', 'Antes', 'Luego', 'Entonces', 'Así', 'Allí', 'Aquí', 'Todo', 'Todos', 'Todas', 'Cada', 'Otro', 'Otra', 'Otros',
  'Él', 'Ella', 'Ellos', 'Ellas', 'Nosotros', 'Usted', 'Ustedes', 'Se', 'Le', 'Les', 'Incluso', 'Finalmente', 'Asimismo',
  'Recientemente', 'Actualmente', 'Tanto', 'Varios', 'Varias', 'Muchos', 'Muchas', 'Algunos', 'Algunas', 'Fue',
  'Es', 'Son', 'Era', 'Hay', 'Había', 'Tiene',
]);

/** Lower-case words that join the parts of a name: "Banco de España", "José de la Cruz". */
export const NAME_PARTICLES = ['de las', 'de los', 'de la', 'del', 'de'] as const;

/**
 * Forms of address and abbreviated titles, before a person's name. Written
 * without the abbreviation's period; the matcher allows one.
 */
export const HONORIFICS = ['señor', 'señora', 'señorita', 'don', 'doña', 'sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'lic', 'ing', 'prof', 'profa'];

/**
 * Roles and occupations that stand before or after a person's name
 * ("el presidente Pedro Sánchez", "Elena Vargas, directora ejecutiva de …").
 * Longer phrases first so the alternation prefers them.
 */
export const ROLES = [
  'directora ejecutiva', 'director ejecutivo', 'consejera delegada', 'consejero delegado', 'presidenta ejecutiva',
  'presidente ejecutivo', 'directora general', 'director general', 'primera ministra', 'primer ministro', 'presidenta',
  'presidente', 'directora', 'director', 'ministra', 'ministro', 'alcaldesa', 'alcalde', 'gobernadora', 'gobernador',
  'secretaria', 'secretario', 'fundadora', 'fundador', 'cofundadora', 'cofundador', 'portavoz', 'periodista',
  'investigadora', 'investigador', 'profesora', 'profesor', 'ingeniera', 'ingeniero', 'abogada', 'abogado', 'economista',
  'científica', 'científico', 'empresaria', 'empresario', 'analista', 'canciller', 'rey', 'reina', 'papa', 'jueza', 'juez',
  'doctora', 'doctor', 'escritora', 'escritor', 'actriz', 'actor', 'cantante', 'entrenador', 'entrenadora', 'CEO',
];

/**
 * Corporate roles: "<role> de <X>" names X's organisation. Political roles
 * are left out because what follows them is as often a place
 * ("el alcalde de Villanueva").
 */
export const CORPORATE_ROLES = [
  'directora ejecutiva', 'director ejecutivo', 'consejera delegada', 'consejero delegado', 'presidenta ejecutiva',
  'presidente ejecutivo', 'directora general', 'director general', 'presidenta', 'presidente', 'fundadora', 'fundador',
  'cofundadora', 'cofundador', 'portavoz', 'analista', 'economista', 'investigadora', 'investigador', 'empleada', 'empleado', 'CEO',
];

/** First words of institution names: "Banco de España", "Universidad de Barcelona", "Grupo Santander". */
export const ORGANIZATION_KEYWORDS: ReadonlySet<string> = new Set([
  'Banco', 'Grupo', 'Universidad', 'Fundación', 'Instituto', 'Ministerio', 'Asociación', 'Compañía', 'Corporación', 'Consejo',
  'Comisión', 'Agencia', 'Ayuntamiento', 'Gobierno', 'Partido', 'Hospital', 'Museo', 'Tribunal', 'Federación', 'Sindicato',
  'Confederación', 'Escuela', 'Facultad', 'Academia', 'Centro', 'Laboratorio', 'Organización', 'Cámara', 'Junta', 'Editorial',
  'Club', 'Bolsa', 'Caja', 'Mutua', 'Cooperativa', 'Observatorio', 'Congreso', 'Senado', 'Alianza', 'Coalición', 'Consorcio',
  'Sociedad', 'Unión',
]);

/** First words of the names of gatherings: "Foro de Logística del Futuro", "Cumbre del Clima", "Feria de Abril". */
export const EVENT_KEYWORDS: ReadonlySet<string> = new Set([
  'Foro', 'Cumbre', 'Conferencia', 'Feria', 'Festival', 'Salón', 'Simposio', 'Jornadas', 'Exposición', 'Mundial', 'Campeonato',
]);

/** Kinds of made things written before a product's name: "los robots Strato", "el sensor HX-9". */
export const PRODUCT_NOUNS = [
  'robot', 'robots', 'dron', 'drones', 'sensor', 'sensores', 'lidar', 'cámara', 'cámaras', 'teléfono', 'teléfonos', 'móvil',
  'móviles', 'chip', 'chips', 'procesador', 'procesadores', 'coche', 'coches', 'vehículo', 'vehículos', 'camión', 'satélite',
  'cohete', 'avión', 'aviones', 'consola', 'dispositivo', 'dispositivos', 'prototipo', 'prototipos', 'modelo', 'aplicación', 'portátil',
];

/** Last words of company names: "Nimbus Robotics", "Acme Group", "Sol Energía". */
export const ORGANIZATION_TAIL_WORDS: ReadonlySet<string> = new Set([
  'Group', 'Grupo', 'Holdings', 'Holding', 'Technologies', 'Tecnologías', 'Robotics', 'Systems', 'Sistemas', 'Labs', 'Motors',
  'Airlines', 'Bank', 'Partners', 'Capital', 'Ventures', 'Energía', 'Energy', 'Seguros', 'Telecom', 'Software', 'Solutions',
  'Soluciones', 'Consulting', 'Pharma', 'Farma', 'Logística', 'Inversiones', 'Media', 'Studios', 'Foods', 'Industries',
  'Technology', 'Tech', 'Vision', 'Dynamics', 'Networks', 'Electronics', 'Analytics', 'Biotech', 'Logistics', 'Semiconductor',
]);

/** Legal forms written after a company name, possibly after a comma. */
export const LEGAL_SUFFIX = /^,?\s+(?:S\.\s?A\.\s?U\.|S\.\s?A\.|S\.\s?L\.\s?U\.|S\.\s?L\.|S\.\s?C\.|S\.\s?p\.\s?A\.|Inc\.|Ltd\.|Corp\.|GmbH|AG|SE|PLC|LLC|SA|SL|SAU)(?![\p{L}])/u;
