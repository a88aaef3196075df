import type { LanguageFile } from '../languages.js';
import { withoutIntlData } from './intl-data.js';

/**
 * Башҡортса. CLDR has no plural rules for Bashkir (Chromium answers with English ones): a noun
 * after a numeral keeps its singular form («1 ҡарау», «5 ҡарау»), so every plural holds `other`
 * alone.
 */

const commentCount = { other: '{count} фекер' };

const spacing = { normal: 'Ғәҙәти', wide: 'Киңерәк', wider: 'Киң' };

export default {
  fallback: 'ru',
  intl: withoutIntlData('ba', 'ru'),
  loading: 'Йөкләнә…',
  retry: 'Ҡабатлау',
  internalError: 'Был блокты күрһәтеп булманы.',
  errors: {
    network: 'Бәйләнеш юҡ. Тоташыуҙы тикшерегеҙ һәм тағы бер тапҡыр ҡабатлағыҙ.',
    timeout: 'Сервер бик оҙаҡ яуап бирмәй.',
    http: 'Сервер хата менән яуап бирҙе ({status}).',
    parse: 'Мәғлүмәтте уҡып булманы: был JSON да, XML да түгел.',
    format: 'Таҫма форматы танылманы. Уның ҡырҙарын «map» атрибутында һүрәтләгеҙ.',
    map: '«map» атрибуты булмаған ҡырға күрһәтә: {path}.',
    config: 'Элемент көйләнмәгән: «{attribute}» атрибуты бирелмәгән.',
    unexpected: 'Сервер был блок күрһәтә алмаған мәғлүмәт ебәрҙе.',
    htmlPage:
      'Был адрес буйынса мәғлүмәт түгел, веб-бит асыла. Адресты тикшерегеҙ: ул сайт битенә түгел, RSS йәки JSON файлының үҙенә алып барырға тейеш.',
    brokenJson:
      'Был адрестағы JSON боҙолған йәки өҙөлгән. Тикшереү өсөн адресты браузерҙа асығыҙ йәки сайт эшләүсеһенә мөрәжәғәт итегеҙ.',
    tooLarge:
      'Таҫма бик ҙур (5 МБ-тан артыҡ). Ундағы яҙмаларҙы кәметегеҙ йәки уны биттәргә бүлегеҙ.',
  },
  vision: { toggle: 'Насар күреүселәр өсөн версия' },
  partners: {
    label: 'Партнерҙар',
    empty: 'Партнерҙар исемлеге әлегә буш.',
    count: { other: '{count} партнер' },
  },
  views: { other: '{count} ҡарау' },
  commentCount,
  comments: {
    label: 'Фекерҙәр',
    count: commentCount,
    empty: 'Әлегә фекерҙәр юҡ. Беренсе булығыҙ!',
    sort: 'Тәртип',
    oldest: 'Башта иҫкеләре',
    newest: 'Башта яңылары',
    showMore: 'Тағы фекерҙәр күрһәтеү',
    shownMore: { other: 'Тағы {count} фекер күрһәтелде' },
    formLabel: 'Фекер ҡалдырыу',
    replyLabel: '{name} өсөн яуап',
    name: 'Исемегеҙ',
    text: 'Фекер',
    honeypot: 'Был ҡырҙы буш ҡалдырығыҙ',
    characters: '{max} билгенән {count}',
    shortcut: 'Ctrl+Enter йәки ⌘+Enter — ебәреү.',
    send: 'Ебәреү',
    sending: 'Ебәрелә…',
    reply: 'Яуап биреү',
    cancel: 'Кире ҡағыу',
    edit: 'Үҙгәртеү',
    delete: 'Юйыу',
    edited: 'үҙгәртелгән',
    pending: 'Модератор тикшереүен көтә',
    login: 'Фекер ҡалдырыу өсөн, өҫтәге форма аша {link}.',
    loginLink: 'сайтҡа инегеҙ',
    consent: 'Шәхси мәғлүмәттәремде {link} буйынса эшкәртеүгә ризалыҡ бирәм.',
    consentLink: 'хосусилыҡ сәйәсәте',
    ownComments: 'Был сайттағы фекерҙәрегеҙ',
    closed: 'Фекер яҙыу ябыҡ.',
    siteRefused:
      'Фекерҙәр серверы был сайттан ({origin}) һорауҙарҙы ҡабул итмәй: сайт адресын уның CORS_ORIGINS көйләүенә өҫтәргә кәрәк.',
  },
  viewCounter: { label: 'Ҡаралды: {count}' },
  article: {
    empty: 'Мәҡәлә табылманы.',
    archive: 'Яңылыҡтар архивына',
    author: 'Авторы: {author}',
    tags: 'Тегтар',
    share: 'Уртаҡлашыу',
    vk: 'ВКонтакте',
    telegram: 'Telegram',
    ok: 'Одноклассники',
    email: 'Эл. почта',
    copyLink: 'Һылтанманы күсереп алыу',
    copied: 'Һылтанма күсереп алынды.',
    copyFailed: 'Һылтанманы күсереп алып булманы.',
    newTab: '(яңы ҡушымтала асыласаҡ)',
  },
  news: {
    label: 'Яңылыҡтар',
    empty: 'Әлегә яңылыҡтар юҡ.',
    archive: 'Бөтә яңылыҡтар',
    showMore: 'Тағы күрһәтеү',
    pages: 'Биттәр',
    page: '{page}-се бит',
    previous: 'Алдағы бит',
    next: 'Киләһе бит',
    search: 'Яңылыҡтарҙан эҙләү',
    noResults: '«{query}» һорауы буйынса бер нәмә лә табылманы.',
    found: { other: '{count} яңылыҡ табылды' },
    tag: '«{tag}» билдәле яңылыҡтар',
    clearTag: 'Бөтә яңылыҡтарҙы күрһәтеү',
    tags: 'Билдәләр',
    pause: 'Яңыртыуҙы туҡтатып тороу',
    resume: 'Яңыртыуҙы дауам итеү',
    fresh: { other: '{count} яңы хәбәр' },
    shown: { other: '{count} яңылыҡ күрһәтелде' },
    comments: commentCount,
  },
  writing: {
    save: 'Һаҡлау',
    confirmDelete: 'Был фекерҙе бөтөнләйгә юйырғамы?',
    own: {
      count: {
        other: 'Серверҙа был сайтта һеҙҙең {count} фекерегеҙ бар.',
      },
      none: 'Серверҙа был сайтта һеҙҙең фекерҙәрегеҙ юҡ.',
      download: 'Йөкләп алырға (JSON)',
      deleteAll: 'Барыһын да юйырға',
      confirmDelete: {
        other:
          'Был сайттағы бөтә {count} фекерегеҙҙе бөтөнләйгә юйырғамы? Уларға яҙылған яуаптар ҙа юйыласаҡ.',
      },
      deleted: {
        other: '{count} фекер юйылды.',
      },
      close: 'Ябырға',
    },
    you: 'Һеҙ',
    posted: 'Фекер баҫылды.',
    postedPending: 'Рәхмәт! Фекер модератор тикшергәндән һуң күренәсәк.',
    saved: 'Фекер үҙгәртелде.',
    deleted: 'Фекер юйылды.',
    notSent: 'Фекер ебәрелмәне, текст һаҡланды. {reason}',
    tooLong: {
      other: 'Фекер рөхсәт ителгәндән {count} билгегә оҙонораҡ: {max} билгенән артмаҫҡа тейеш.',
    },
    errors: {
      text_required: 'Башта фекер яҙығыҙ.',
      name_required: 'Исемегеҙҙе күрһәтегеҙ.',
      name_invalid: 'Исемдә кәмендә ике хәреф булырға һәм һылтанмалар булмаҫҡа тейеш.',
      text_too_long: 'Фекер бик оҙон.',
      token_required: 'Фекер ҡалдырыу өсөн сайтҡа инегеҙ.',
      token_invalid: 'Сайтҡа инеү ваҡыты сыҡты. Яңынан инегеҙ.',
      edit_window_closed: 'Был фекерҙе үҙгәртеү йәки юйыу ваҡыты үтте.',
      reader_required:
        'Был браузерҙа фекерҙәрегеҙҙең асҡысы юҡ, һәм һеҙ сайтҡа инмәгәнһегеҙ: сайтҡа инегеҙ йәки уларҙы яҙған браузерҙы асығыҙ.',
      consent_required:
        'Шәхси мәғлүмәттәрҙе эшкәртеүгә ризалыҡты билдәләгеҙ: унһыҙ сайт фекерҙәрҙе баҫтырмай.',
      forbidden: 'Сайт был ғәмәлде рөхсәт итмәй.',
      conflict: 'Фекер ебәрелә инде. Бераҙ көтөгөҙ һәм ҡабатлағыҙ.',
      rate_limited: 'Ҡыҫҡа ваҡыт эсендә артыҡ күп фекер. {seconds} с һуң ҡабатлағыҙ.',
      server: 'Фекерҙәр серверында хата булды ({status}). Тағы бер тапҡыр ҡабатлағыҙ.',
    },
  },
  settingsPanel: {
    panel: 'Насар күреүселәр өсөн көйләүҙәр',
    fontScale: 'Шрифт ҙурлығы',
    scheme: {
      legend: 'Төҫтәр',
      options: {
        site: 'Сайттағыса',
        'black-on-white': 'Аҡ өҫтөндә ҡара',
        'white-on-black': 'Ҡара өҫтөндә аҡ',
        'blue-on-light-blue': 'Асыҡ зәңгәр өҫтөндә ҡуйы зәңгәр',
        'brown-on-beige': 'Беж өҫтөндә ҡоңғорт',
        'green-on-dark-brown': 'Ҡуйы ҡоңғорт өҫтөндә йәшел',
      },
    },
    images: {
      legend: 'Рәсемдәр',
      options: { on: 'Күрһәтеү', off: 'Йәшереү', grayscale: 'Аҡ-ҡара' },
    },
    letterSpacing: { legend: 'Хәрефтәр араһы', options: spacing },
    lineHeight: { legend: 'Юлдар араһы', options: spacing },
    fontFamily: {
      legend: 'Шрифт',
      options: { site: 'Сайттағыса', 'sans-serif': 'Засечкаһыҙ', serif: 'Засечкалы' },
    },
    reset: 'Ғәҙәти версия',
    close: 'Көйләүҙәрҙе ябыу',
  },
} satisfies LanguageFile;
