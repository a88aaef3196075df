import type { LanguageFile } from '../languages.js';
import { withoutIntlData } from './intl-data.js';

/**
 * Татарча. CLDR has no plural rules for Tatar (Chromium answers with English ones): a noun after
 * a numeral keeps its singular form («1 карау», «5 карау»), so every plural holds `other` alone.
 */

const commentCount = { other: '{count} аңлатма' };

const spacing = { normal: 'Гадәти', wide: 'Киңрәк', wider: 'Киң' };

export default {
  fallback: 'ru',
  intl: withoutIntlData('tt', 'ru'),
  loading: 'Йөкләнә…',
  retry: 'Кабатлау',
  internalError: 'Бу блокны күрсәтеп булмады.',
  errors: {
    network: 'Элемтә юк. Тоташуны тикшерегез һәм тагын бер тапкыр карагыз.',
    timeout: 'Сервер бик озак җавап бирми.',
    http: 'Сервер хата белән җавап бирде ({status}).',
    parse: 'Мәгълүматны укып булмады: бу JSON да, XML да түгел.',
    format: 'Тасма форматы танылмады. Аның кырларын «map» атрибутында тасвирлагыз.',
    map: '«map» атрибуты булмаган кырга күрсәтә: {path}.',
    config: 'Элемент көйләнмәгән: «{attribute}» атрибуты бирелмәгән.',
    unexpected: 'Сервер бу блок күрсәтә алмаган мәгълүмат җибәрде.',
    htmlPage:
      'Бу адрес буенча мәгълүмат түгел, веб-бит ачыла. Адресны тикшерегез: ул сайт битенә түгел, RSS яки JSON файлының үзенә илтергә тиеш.',
    brokenJson:
      'Бу адрестагы JSON бозылган яки өзелгән. Тикшерү өчен адресны браузерда ачыгыз яки сайт эшләүчесенә мөрәҗәгать итегез.',
    tooLarge: 'Тасма бик зур (5 МБтан артык). Андагы язмаларны азайтыгыз яки аны битләргә бүлегез.',
  },
  vision: { toggle: 'Начар күрүчеләр өчен версия' },
  partners: {
    label: 'Партнерлар',
    empty: 'Партнерлар исемлеге әлегә буш.',
    count: { other: '{count} партнер' },
  },
  views: { other: '{count} карау' },
  commentCount,
  comments: {
    label: 'Аңлатмалар',
    count: commentCount,
    empty: 'Әлегә аңлатмалар юк. Беренче булыгыз!',
    sort: 'Тәртип',
    oldest: 'Башта искеләре',
    newest: 'Башта яңалары',
    showMore: 'Тагын аңлатмалар күрсәтү',
    shownMore: { other: 'Тагын {count} аңлатма күрсәтелде' },
    formLabel: 'Аңлатма калдыру',
    replyLabel: '{name} өчен җавап',
    name: 'Исемегез',
    text: 'Аңлатма',
    honeypot: 'Бу кырны буш калдырыгыз',
    characters: '{max} билгедән {count}',
    shortcut: 'Ctrl+Enter яки ⌘+Enter — җибәрү.',
    send: 'Җибәрү',
    sending: 'Җибәрелә…',
    reply: 'Җавап бирү',
    cancel: 'Баш тарту',
    edit: 'Үзгәртү',
    delete: 'Бетерү',
    edited: 'үзгәртелгән',
    pending: 'Модератор тикшерүен көтә',
    login: 'Аңлатма калдыру өчен, өстәге форма аша {link}.',
    loginLink: 'сайтка керегез',
    consent: 'Шәхси мәгълүматларымны {link} нигезендә эшкәртүгә ризалык бирәм.',
    consentLink: 'хосусыйлык сәясәте',
    ownComments: 'Бу сайттагы аңлатмаларыгыз',
    closed: 'Аңлатма язу ябык.',
    siteRefused:
      'Аңлатмалар серверы бу сайттан ({origin}) сорауларны кабул итми: сайт адресын аның CORS_ORIGINS көйләнешенә өстәргә кирәк.',
  },
  viewCounter: { label: 'Каралды: {count}' },
  article: {
    empty: 'Мәкалә табылмады.',
    archive: 'Яңалыклар архивына',
    author: 'Авторы: {author}',
    tags: 'Тэглар',
    share: 'Уртаклашу',
    vk: 'ВКонтакте',
    telegram: 'Telegram',
    ok: 'Одноклассники',
    email: 'Эл. почта',
    copyLink: 'Сылтаманы күчереп алу',
    copied: 'Сылтама күчереп алынды.',
    copyFailed: 'Сылтаманы күчереп алып булмады.',
    newTab: '(яңа кыстырмада ачылачак)',
  },
  news: {
    label: 'Яңалыклар',
    empty: 'Әлегә яңалыклар юк.',
    archive: 'Барлык яңалыклар',
    showMore: 'Тагын күрсәтү',
    pages: 'Битләр',
    page: '{page} нче бит',
    previous: 'Алдагы бит',
    next: 'Киләсе бит',
    search: 'Яңалыклардан эзләү',
    noResults: '«{query}» соравы буенча бернәрсә дә табылмады.',
    found: { other: '{count} яңалык табылды' },
    tag: '«{tag}» тамгалы яңалыклар',
    clearTag: 'Барлык яңалыкларны күрсәтү',
    tags: 'Тамгалар',
    pause: 'Яңартуны туктатып тору',
    resume: 'Яңартуны дәвам итү',
    fresh: { other: '{count} яңа хәбәр' },
    shown: { other: '{count} яңалык күрсәтелде' },
    comments: commentCount,
  },
  writing: {
    save: 'Саклау',
    confirmDelete: 'Бу аңлатманы бөтенләйгә бетерергәме?',
    own: {
      count: {
        other: 'Серверда бу сайтта сезнең {count} аңлатмагыз бар.',
      },
      none: 'Серверда бу сайтта сезнең аңлатмаларыгыз юк.',
      download: 'Йөкләп алу (JSON)',
      deleteAll: 'Барысын да бетерү',
      confirmDelete: {
        other:
          'Бу сайттагы барлык {count} аңлатмагызны бөтенләйгә бетерергәме? Аларга язылган җаваплар да бетереләчәк.',
      },
      deleted: {
        other: '{count} аңлатма бетерелде.',
      },
      close: 'Ябу',
    },
    you: 'Сез',
    posted: 'Аңлатма бастырылды.',
    postedPending: 'Рәхмәт! Аңлатма модератор тикшергәннән соң күренәчәк.',
    saved: 'Аңлатма үзгәртелде.',
    deleted: 'Аңлатма бетерелде.',
    notSent: 'Аңлатма җибәрелмәде, текст сакланды. {reason}',
    tooLong: {
      other: 'Аңлатма рөхсәт ителгәннән {count} билгегә озынрак: {max} билгедән артмаска тиеш.',
    },
    errors: {
      text_required: 'Башта аңлатма языгыз.',
      name_required: 'Исемегезне күрсәтегез.',
      name_invalid: 'Исемдә ким дигәндә ике хәреф булырга һәм сылтамалар булмаска тиеш.',
      text_too_long: 'Аңлатма бик озын.',
      token_required: 'Аңлатма калдыру өчен сайтка керегез.',
      token_invalid: 'Сайтка керү вакыты чыкты. Яңадан керегез.',
      edit_window_closed: 'Бу аңлатманы үзгәртү яки бетерү вакыты узды.',
      reader_required:
        'Бу браузерда аңлатмаларыгызның ачкычы юк, һәм сез сайтка кермәгәнсез: сайтка керегез яки аларны язган браузерны ачыгыз.',
      consent_required:
        'Шәхси мәгълүматларны эшкәртүгә ризалыкны билгеләгез: аннан башка сайт аңлатмаларны бастырмый.',
      forbidden: 'Сайт бу гамәлне рөхсәт итми.',
      conflict: 'Аңлатма җибәрелә инде. Бераз көтегез һәм кабатлагыз.',
      rate_limited: 'Кыска вакыт эчендә артык күп аңлатма. {seconds} с соң кабатлагыз.',
      server: 'Аңлатмалар серверында хата булды ({status}). Тагын бер тапкыр карагыз.',
    },
  },
  settingsPanel: {
    panel: 'Начар күрүчеләр өчен көйләнешләр',
    fontScale: 'Шрифт зурлыгы',
    scheme: {
      legend: 'Төсләр',
      options: {
        site: 'Сайттагыча',
        'black-on-white': 'Ак өстендә кара',
        'white-on-black': 'Кара өстендә ак',
        'blue-on-light-blue': 'Ачык зәңгәр өстендә куе зәңгәр',
        'brown-on-beige': 'Беж өстендә коңгырт',
        'green-on-dark-brown': 'Куе коңгырт өстендә яшел',
      },
    },
    images: {
      legend: 'Рәсемнәр',
      options: { on: 'Күрсәтү', off: 'Яшерү', grayscale: 'Ак-кара' },
    },
    letterSpacing: { legend: 'Хәрефләр арасы', options: spacing },
    lineHeight: { legend: 'Юллар арасы', options: spacing },
    fontFamily: {
      legend: 'Шрифт',
      options: { site: 'Сайттагыча', 'sans-serif': 'Засечкасыз', serif: 'Засечкалы' },
    },
    reset: 'Гадәти версия',
    close: 'Көйләнешләрне ябу',
  },
} satisfies LanguageFile;
