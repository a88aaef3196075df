import type { LanguageFile } from '../languages.js';

/** Deutsch. CLDR-Pluralformen: one, other. Anrede: „Sie“. */

const commentCount = { one: '{count} Kommentar', other: '{count} Kommentare' };

const spacing = { normal: 'Normal', wide: 'Weiter', wider: 'Am weitesten' };

export default {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  internalError: 'Dieser Bereich konnte nicht angezeigt werden.',
  errors: {
    network: 'Keine Verbindung. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Server antwortet zu langsam.',
    http: 'Der Server hat mit einem Fehler geantwortet ({status}).',
    parse: 'Die Daten konnten nicht gelesen werden: Sie sind weder gültiges JSON noch XML.',
    format:
      'Dieses Feed-Format wird nicht erkannt. Beschreiben Sie seine Felder im Attribut „map“.',
    map: 'Das Attribut „map“ verweist auf ein fehlendes Feld: {path}.',
    config: 'Das Element ist nicht eingerichtet: Das Attribut „{attribute}“ fehlt.',
    unexpected: 'Der Server hat Daten geschickt, die dieser Bereich nicht anzeigen kann.',
    htmlPage:
      'Unter dieser Adresse öffnet sich eine Webseite, keine Daten. Bitte prüfen Sie die Adresse: Sie muss zur RSS- oder JSON-Datei selbst führen, nicht zu einer Seite der Website.',
    brokenJson:
      'Das JSON unter dieser Adresse ist beschädigt oder unvollständig. Öffnen Sie die Adresse im Browser, um sie zu prüfen, oder wenden Sie sich an die Entwickler der Website.',
    tooLarge:
      'Der Feed ist zu groß (über 5 MB). Nehmen Sie weniger Einträge auf oder teilen Sie ihn in Seiten auf.',
  },
  vision: { toggle: 'Ansicht für Sehbehinderte' },
  partners: {
    label: 'Partner',
    empty: 'Noch keine Partner vorhanden.',
    count: { one: '{count} Partner', other: '{count} Partner' },
  },
  views: { one: '{count} Aufruf', other: '{count} Aufrufe' },
  commentCount,
  comments: {
    label: 'Kommentare',
    count: commentCount,
    empty: 'Noch keine Kommentare. Schreiben Sie den ersten.',
    sort: 'Reihenfolge',
    oldest: 'Älteste zuerst',
    newest: 'Neueste zuerst',
    showMore: 'Weitere Kommentare anzeigen',
    shownMore: {
      one: '{count} weiterer Kommentar angezeigt',
      other: '{count} weitere Kommentare angezeigt',
    },
    formLabel: 'Kommentar schreiben',
    replyLabel: 'Antwort an {name}',
    name: 'Ihr Name',
    text: 'Kommentar',
    honeypot: 'Dieses Feld bitte leer lassen',
    characters: '{count} von {max} Zeichen',
    shortcut: 'Strg+Enter oder ⌘+Enter sendet.',
    send: 'Senden',
    sending: 'Wird gesendet…',
    reply: 'Antworten',
    cancel: 'Abbrechen',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    edited: 'bearbeitet',
    pending: 'Wartet auf Freigabe',
    login: 'Um einen Kommentar zu schreiben, {link}; das Formular finden Sie oben.',
    loginLink: 'melden Sie sich an',
    consent: 'Ich willige in die Verarbeitung meiner personenbezogenen Daten gemäß der {link} ein.',
    consentLink: 'Datenschutzerklärung',
    ownComments: 'Ihre Kommentare auf dieser Website',
    closed: 'Die Kommentarfunktion ist geschlossen.',
    siteRefused:
      'Der Kommentarserver nimmt keine Anfragen von dieser Website an ({origin}): Sie muss in seiner Einstellung CORS_ORIGINS stehen.',
  },
  viewCounter: { label: 'Aufrufe: {count}' },
  article: {
    empty: 'Dieser Artikel wurde nicht gefunden.',
    archive: 'Zurück zu den Nachrichten',
    author: 'Von {author}',
    tags: 'Schlagwörter',
    share: 'Teilen',
    vk: 'VK',
    telegram: 'Telegram',
    ok: 'OK',
    email: 'E-Mail',
    copyLink: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFailed: 'Der Link konnte nicht kopiert werden.',
    newTab: '(öffnet in einem neuen Tab)',
  },
  news: {
    label: 'Nachrichten',
    empty: 'Noch keine Nachrichten.',
    archive: 'Alle Nachrichten',
    showMore: 'Mehr anzeigen',
    pages: 'Seiten',
    page: 'Seite {page}',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    search: 'Nachrichten durchsuchen',
    noResults: 'Für „{query}“ wurde nichts gefunden.',
    found: { one: '{count} Nachricht gefunden', other: '{count} Nachrichten gefunden' },
    tag: 'Nachrichten mit dem Schlagwort „{tag}“',
    clearTag: 'Alle Nachrichten anzeigen',
    tags: 'Schlagwörter',
    pause: 'Aktualisierung anhalten',
    resume: 'Aktualisierung fortsetzen',
    fresh: { one: '{count} neue Nachricht', other: '{count} neue Nachrichten' },
    shown: { one: '{count} Nachricht angezeigt', other: '{count} Nachrichten angezeigt' },
    comments: commentCount,
  },
  writing: {
    save: 'Speichern',
    confirmDelete: 'Diesen Kommentar endgültig löschen?',
    own: {
      count: {
        one: 'Der Server speichert {count} Kommentar von Ihnen auf dieser Website.',
        other: 'Der Server speichert {count} Kommentare von Ihnen auf dieser Website.',
      },
      none: 'Der Server speichert keine Kommentare von Ihnen auf dieser Website.',
      download: 'Herunterladen (JSON)',
      deleteAll: 'Alle löschen',
      confirmDelete: {
        one: 'Ihren Kommentar auf dieser Website endgültig löschen? Antworten darauf werden mitgelöscht.',
        other:
          'Alle {count} Kommentare von Ihnen auf dieser Website endgültig löschen? Antworten darauf werden mitgelöscht.',
      },
      deleted: {
        one: '{count} Kommentar gelöscht.',
        other: '{count} Kommentare gelöscht.',
      },
      close: 'Schließen',
    },
    you: 'Sie',
    posted: 'Ihr Kommentar ist veröffentlicht.',
    postedPending: 'Vielen Dank! Ihr Kommentar erscheint, sobald die Moderation ihn freigibt.',
    saved: 'Kommentar geändert.',
    deleted: 'Kommentar gelöscht.',
    notSent: 'Ihr Kommentar wurde nicht gesendet; Ihr Text bleibt erhalten. {reason}',
    tooLong: {
      one: 'Der Kommentar ist {count} Zeichen zu lang: Erlaubt sind höchstens {max}.',
      other: 'Der Kommentar ist {count} Zeichen zu lang: Erlaubt sind höchstens {max}.',
    },
    errors: {
      text_required: 'Bitte schreiben Sie zuerst einen Kommentar.',
      name_required: 'Bitte geben Sie Ihren Namen an.',
      name_invalid: 'Ein Name braucht mindestens zwei Buchstaben und darf keine Links enthalten.',
      text_too_long: 'Der Kommentar ist zu lang.',
      token_required: 'Bitte melden Sie sich an, um einen Kommentar zu schreiben.',
      token_invalid: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',
      edit_window_closed: 'Die Frist zum Bearbeiten oder Löschen dieses Kommentars ist abgelaufen.',
      reader_required:
        'Dieser Browser hat keinen Schlüssel zu Ihren Kommentaren, und Sie sind nicht angemeldet: Melden Sie sich an oder öffnen Sie den Browser, in dem Sie sie geschrieben haben.',
      consent_required:
        'Bitte setzen Sie das Häkchen für die Einwilligung in die Verarbeitung Ihrer personenbezogenen Daten: Ohne sie veröffentlicht diese Website keine Kommentare.',
      forbidden: 'Die Website erlaubt dies nicht.',
      conflict:
        'Dieser Kommentar wird bereits gesendet. Bitte warten Sie kurz und versuchen Sie es erneut.',
      rate_limited:
        'Zu viele Kommentare in kurzer Zeit. Bitte versuchen Sie es in {seconds} s erneut.',
      server:
        'Der Kommentarserver hat einen Fehler gemeldet ({status}). Bitte versuchen Sie es erneut.',
    },
  },
  settingsPanel: {
    panel: 'Einstellungen für Sehbehinderte',
    fontScale: 'Schriftgröße',
    scheme: {
      legend: 'Farben',
      options: {
        site: 'Wie auf der Website',
        'black-on-white': 'Schwarz auf Weiß',
        'white-on-black': 'Weiß auf Schwarz',
        'blue-on-light-blue': 'Dunkelblau auf Hellblau',
        'brown-on-beige': 'Braun auf Beige',
        'green-on-dark-brown': 'Grün auf Dunkelbraun',
      },
    },
    images: {
      legend: 'Bilder',
      options: { on: 'Anzeigen', off: 'Ausblenden', grayscale: 'Schwarz-Weiß' },
    },
    letterSpacing: { legend: 'Zeichenabstand', options: spacing },
    lineHeight: { legend: 'Zeilenabstand', options: spacing },
    fontFamily: {
      legend: 'Schrift',
      options: { site: 'Wie auf der Website', 'sans-serif': 'Serifenlos', serif: 'Mit Serifen' },
    },
    reset: 'Normale Ansicht',
    close: 'Einstellungen schließen',
  },
} satisfies LanguageFile;
