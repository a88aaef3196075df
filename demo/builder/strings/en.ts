/** The builder page in English: the reference shape the Russian file follows. */
export const en = {
  pageTitle: 'Snippet builder: biblio-widgets',
  heading: 'Put your library’s news on any site',
  intro:
    'Give the address of your news feed, check what we read from it, choose how the widgets look, and copy the HTML into your site.',
  interfaceLanguage: 'Язык / Language',
  guides: 'Where to paste the HTML: WordPress, Joomla, 1C-Bitrix, a plain HTML site',
  source: {
    legend: '1. Your feed',
    url: 'Feed address',
    urlHint:
      'The address of your site’s news feed: RSS or Atom, JSON Feed, the WordPress, Joomla, Drupal or Ghost API, or any JSON list.',
    read: 'Read the feed',
    sample: 'Or paste a sample of the feed (JSON or XML)',
    sampleHint:
      'Open the feed address in a browser tab, copy everything it shows and paste it here. The address above is still what the widgets load.',
    readSample: 'Read the sample',
    upload: 'Or choose a saved feed file',
    social:
      'This is a {site} address, not a feed. The reference server’s feed proxy reads it as one: use the proxy address.',
    socialSites: { vk: 'VK', telegram: 'Telegram' },
    useProxy: 'Use the proxy address',
  },
  reading: {
    heading: '2. What we read',
    idle: 'Nothing read yet.',
    busy: 'Reading the feed…',
    detected: { one: '{format}: {count} item read.', other: '{format}: {count} items read.' },
    notDetected:
      'We do not recognise this feed’s format. Show us which fields hold the title, the date and the link below.',
    firstItems: 'The first items as the widgets will show them',
    untitled: '(no title)',
    noDate: 'no date',
    itemId: 'id {id}',
    mapAgain: 'Choose the fields myself',
  },
  formats: {
    jsonfeed: 'JSON Feed',
    wordpress: 'WordPress REST API',
    jsonapi: 'JSON:API (Drupal, Joomla)',
    ghost: 'Ghost Content API',
    rss2json: 'rss2json',
    rss: 'RSS or Atom',
    array: 'A JSON list (fields recognised by their names)',
    mapped: 'JSON described by your field choices',
  },
  cors: {
    notAllowed: 'Your browser was not allowed to read this feed.',
    explain:
      'Browsers let a page read data from another site only when that site allows it (this permission is called CORS). The feed’s site does not allow it, or could not be reached. The widgets on your own site will meet the same wall unless the feed is on the same site.',
    fixes:
      'Two ways out: ask whoever runs the feed’s site to allow reading it from your site, or load the feed through the reference server’s feed proxy, which reads it for you:',
    apiBase: 'Address of your reference server’s API',
    proxy: 'The feed through the proxy',
    useProxy: 'Use the proxy address',
    sample: 'You can also paste a sample of the feed in step 1 to set up the widgets now.',
  },
  mapping: {
    legend: '2. Which field is which',
    hint: 'Pick where each piece of a news item is. Only the title is required.',
    list: 'The list of news items',
    itemCount: { one: '{path} ({count} item)', other: '{path} ({count} items)' },
    none: '— not used —',
    fields: { title: 'Title', date: 'Date', url: 'Link', summary: 'Summary', image: 'Image' },
    noLists: 'This JSON holds no list of records, so there is nothing to choose from.',
    reset: 'Recognise the format again',
  },
  options: {
    legend: '3. How the news list looks',
    layout: 'Layout',
    layouts: { list: 'List', grid: 'Cards', compact: 'Compact (for a sidebar)' },
    pageSize: 'News items per page',
    show: 'What each item shows',
    fields: {
      date: 'Date',
      image: 'Image',
      summary: 'Summary',
      tags: 'Tags',
      views: 'Views',
      comments: 'Comment count',
    },
    search: 'Search box',
    articleHref: 'Where a news item’s link leads (optional)',
    articleHrefHint:
      'Empty: to the item’s page on the feed’s site. Or your own article page, with {id} or {slug} standing for the item, e.g. /news/?id={id}.',
    language: 'Language of the widgets',
    languages: { '': 'As the page ({language} without lang)', ru: 'Русский', en: 'English' },
    languageHint:
      'As the page: the widgets speak the language the page sets, lang="ru" or lang="en" on <html> or on an element around them. On a page without lang: its <meta http-equiv="content-language">, else the reader’s browser language if it is Russian or English, else Russian; in your browser, {language}. Choosing a language here writes lang into every tag.',
    theme: 'Colours',
    themes: {
      '': 'As the page',
      light: 'Light',
      dark: 'Dark',
      auto: 'As the reader’s system',
    },
    script: 'Address of biblio-widgets.js',
    scriptHint:
      'Where your site serves the script: a copy on your own server (see the guide) or a CDN.',
  },
  article: {
    legend: '4. The article page',
    enabled: 'Add an article (for the page of one news item)',
    itemId: 'Which item: its id, slug or address',
    itemIdHint:
      'Each news page shows its own item, so your CMS template writes its id here. The ids of the items read are listed in “What we read”.',
    archiveHref: 'Address of the news archive, for the “Back to news” link',
    viewsApi: 'Address of the views server’s API (empty: no view count)',
  },
  extras: {
    commentsLegend: '5. Comments',
    commentsEnabled: 'Add comments under the news',
    viewsLegend: '6. View counter',
    viewsEnabled: 'Add a view counter',
    api: 'Address of the server’s API',
    thread: 'Name of the discussion (one per page)',
    itemId: 'Name of the counted page',
    auth: 'Who may comment',
    auths: {
      none: 'Anyone, giving a name',
      optional: 'Anyone; signed-in readers under their name',
      required: 'Signed-in readers only',
    },
  },
  snippet: {
    heading: 'Your HTML',
    hint: 'Paste it where the news should appear. The script tag goes once per page.',
    copy: 'Copy the HTML',
    copied: 'The HTML is copied. Paste it into your site.',
    copyFailed: 'Copying was not allowed: select the text and press Ctrl+C.',
    needsSource: 'Give the feed address in step 1: the HTML needs it to load the news.',
  },
  preview: {
    heading: 'Live preview',
    fromSample: 'The preview shows the sample you pasted; your site will load the feed address.',
  },
};
