import type { Partner } from '../../src/data/model.js';

/** The demo library's partner links; every organisation and address is fictional. */
export const seedPartners: Partner[] = [
  {
    name: 'Министерство культуры Северного края',
    url: 'https://culture.example.org/',
    group: 'Органы власти',
  },
  {
    name: 'Портал «Культура Северного края»',
    url: 'https://portal.culture.example.org/',
    group: 'Органы власти',
  },
  {
    name: 'Краевая библиотека для молодёжи',
    url: 'https://youth-library.example.org/',
    group: 'Библиотеки',
  },
  {
    name: 'Краевая детская библиотека имени А. П. Гайдара',
    url: 'https://kids-library.example.org/',
    group: 'Библиотеки',
  },
  {
    name: 'Краевая специальная библиотека для незрячих и слабовидящих',
    url: 'https://special-library.example.org/',
    group: 'Библиотеки',
  },
  {
    name: 'Северогорский театр оперы и балета',
    url: 'https://opera.example.org/',
    group: 'Театры',
  },
  { name: 'Краевой драматический театр', url: 'https://drama.example.org/', group: 'Театры' },
  { name: 'Краевая филармония', url: 'https://philharmonic.example.org/', group: 'Театры' },
  { name: 'Краевой художественный музей', url: 'https://art-museum.example.org/', group: 'Музеи' },
  {
    name: 'Краевой краеведческий музей',
    url: 'https://history-museum.example.org/',
    group: 'Музеи',
  },
];
