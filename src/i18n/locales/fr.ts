import type { LanguageFile } from '../languages.js';

/**
 * Français. Pluriels CLDR : one (0 et 1), many (les millions ronds : « 1 000 000 de vues »),
 * other. Vouvoiement.
 */

const commentCount = {
  one: '{count} commentaire',
  many: '{count} de commentaires',
  other: '{count} commentaires',
};

const spacing = { normal: 'Normal', wide: 'Plus large', wider: 'Très large' };

export default {
  loading: 'Chargement…',
  retry: 'Réessayer',
  internalError: 'Ce bloc n’a pas pu être affiché.',
  errors: {
    network: 'Connexion impossible. Vérifiez votre connexion et réessayez.',
    timeout: 'Le serveur met trop de temps à répondre.',
    http: 'Le serveur a répondu par une erreur ({status}).',
    parse: 'Les données sont illisibles : ce n’est ni du JSON ni du XML valide.',
    format: 'Ce format de flux n’est pas reconnu. Décrivez ses champs dans l’attribut « map ».',
    map: 'L’attribut « map » désigne un champ absent : {path}.',
    config: 'L’élément n’est pas configuré : l’attribut « {attribute} » manque.',
    unexpected: 'Le serveur a envoyé des données que ce bloc ne peut pas afficher.',
    htmlPage:
      'Cette adresse ouvre une page web, pas des données. Vérifiez l’adresse : elle doit mener au fichier RSS ou JSON lui-même, et non à une page du site.',
    brokenJson:
      'Le JSON à cette adresse est endommagé ou tronqué. Ouvrez l’adresse dans un navigateur pour le vérifier, ou adressez-vous au développeur du site.',
    tooLarge:
      'Le flux est trop volumineux (plus de 5 Mo). Réduisez le nombre d’éléments ou répartissez-le sur plusieurs pages.',
  },
  vision: { toggle: 'Version malvoyants' },
  partners: {
    label: 'Partenaires',
    empty: 'Aucun partenaire à afficher pour le moment.',
    count: {
      one: '{count} partenaire',
      many: '{count} de partenaires',
      other: '{count} partenaires',
    },
  },
  views: { one: '{count} vue', many: '{count} de vues', other: '{count} vues' },
  commentCount,
  comments: {
    label: 'Commentaires',
    count: commentCount,
    empty: 'Aucun commentaire pour le moment. Soyez le premier à réagir.',
    sort: 'Ordre',
    oldest: 'Les plus anciens d’abord',
    newest: 'Les plus récents d’abord',
    showMore: 'Afficher plus de commentaires',
    shownMore: {
      one: '{count} commentaire de plus affiché',
      many: '{count} de commentaires de plus affichés',
      other: '{count} commentaires de plus affichés',
    },
    formLabel: 'Laisser un commentaire',
    replyLabel: 'Réponse à {name}',
    name: 'Votre nom',
    text: 'Commentaire',
    honeypot: 'Laissez ce champ vide',
    characters: '{count} sur {max} caractères',
    shortcut: 'Ctrl+Entrée ou ⌘+Entrée pour envoyer.',
    send: 'Envoyer',
    sending: 'Envoi…',
    reply: 'Répondre',
    cancel: 'Annuler',
    edit: 'Modifier',
    delete: 'Supprimer',
    edited: 'modifié',
    pending: 'En attente de modération',
    login: 'Pour laisser un commentaire, {link} à l’aide du formulaire ci-dessus.',
    loginLink: 'connectez-vous',
    consent: 'J’accepte le traitement de mes données personnelles conformément à la {link}.',
    consentLink: 'politique de confidentialité',
    ownComments: 'Vos commentaires sur ce site',
    closed: 'Les commentaires sont fermés.',
    siteRefused:
      'Le serveur de commentaires n’accepte pas ce site ({origin}) : son réglage CORS_ORIGINS doit l’inclure.',
  },
  viewCounter: { label: 'Vues : {count}' },
  article: {
    empty: 'Cet article est introuvable.',
    archive: 'Retour aux actualités',
    author: 'Par {author}',
    tags: 'Mots-clés',
    share: 'Partager',
    vk: 'VK',
    telegram: 'Telegram',
    ok: 'OK',
    email: 'Courriel',
    copyLink: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Le lien n’a pas pu être copié.',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
  news: {
    label: 'Actualités',
    empty: 'Aucune actualité pour le moment.',
    archive: 'Toutes les actualités',
    showMore: 'Afficher plus',
    pages: 'Pages',
    page: 'Page {page}',
    previous: 'Page précédente',
    next: 'Page suivante',
    search: 'Rechercher dans les actualités',
    noResults: 'Aucun résultat pour « {query} ».',
    found: {
      one: '{count} actualité trouvée',
      many: '{count} d’actualités trouvées',
      other: '{count} actualités trouvées',
    },
    tag: 'Actualités avec le mot-clé « {tag} »',
    clearTag: 'Afficher toutes les actualités',
    tags: 'Mots-clés',
    pause: 'Suspendre les mises à jour',
    resume: 'Reprendre les mises à jour',
    fresh: {
      one: '{count} nouvelle actualité',
      many: '{count} de nouvelles actualités',
      other: '{count} nouvelles actualités',
    },
    shown: {
      one: '{count} actualité affichée',
      many: '{count} d’actualités affichées',
      other: '{count} actualités affichées',
    },
    comments: commentCount,
  },
  writing: {
    save: 'Enregistrer',
    confirmDelete: 'Supprimer définitivement ce commentaire ?',
    own: {
      count: {
        one: 'Le serveur conserve {count} commentaire écrit par vous sur ce site.',
        many: 'Le serveur conserve {count} de commentaires écrits par vous sur ce site.',
        other: 'Le serveur conserve {count} commentaires écrits par vous sur ce site.',
      },
      none: 'Le serveur ne conserve aucun commentaire écrit par vous sur ce site.',
      download: 'Télécharger (JSON)',
      deleteAll: 'Tout supprimer',
      confirmDelete: {
        one: 'Supprimer définitivement votre commentaire sur ce site ? Les réponses seront supprimées aussi.',
        many: 'Supprimer définitivement vos {count} de commentaires sur ce site ? Les réponses seront supprimées aussi.',
        other:
          'Supprimer définitivement vos {count} commentaires sur ce site ? Les réponses seront supprimées aussi.',
      },
      deleted: {
        one: '{count} commentaire supprimé.',
        many: '{count} de commentaires supprimés.',
        other: '{count} commentaires supprimés.',
      },
      close: 'Fermer',
    },
    you: 'Vous',
    posted: 'Votre commentaire est publié.',
    postedPending: 'Merci ! Votre commentaire apparaîtra après validation par un modérateur.',
    saved: 'Commentaire modifié.',
    deleted: 'Commentaire supprimé.',
    notSent: 'Votre commentaire n’a pas été envoyé ; votre texte est conservé. {reason}',
    tooLong: {
      one: 'Le commentaire dépasse de {count} caractère la limite de {max}.',
      many: 'Le commentaire dépasse de {count} de caractères la limite de {max}.',
      other: 'Le commentaire dépasse de {count} caractères la limite de {max}.',
    },
    errors: {
      text_required: 'Écrivez d’abord un commentaire.',
      name_required: 'Indiquez votre nom.',
      name_invalid: 'Un nom doit comporter au moins deux lettres et aucun lien.',
      text_too_long: 'Le commentaire est trop long.',
      token_required: 'Connectez-vous pour laisser un commentaire.',
      token_invalid: 'Votre session a expiré. Veuillez vous reconnecter.',
      edit_window_closed: 'Le délai pour modifier ou supprimer ce commentaire est dépassé.',
      reader_required:
        'Ce navigateur ne détient aucune clé de vos commentaires et vous n’êtes pas connecté : connectez-vous, ou ouvrez le navigateur dans lequel vous les avez écrits.',
      consent_required:
        'Cochez la case pour accepter le traitement de vos données personnelles : sans cela, ce site ne publie aucun commentaire.',
      forbidden: 'Le site ne permet pas cette action.',
      conflict: 'Ce commentaire est déjà en cours d’envoi. Patientez un instant et réessayez.',
      rate_limited: 'Trop de commentaires en peu de temps. Réessayez dans {seconds} s.',
      server: 'Le serveur de commentaires a rencontré une erreur ({status}). Réessayez.',
    },
  },
  settingsPanel: {
    panel: 'Réglages pour les malvoyants',
    fontScale: 'Taille du texte',
    scheme: {
      legend: 'Couleurs',
      options: {
        site: 'Comme sur le site',
        'black-on-white': 'Noir sur blanc',
        'white-on-black': 'Blanc sur noir',
        'blue-on-light-blue': 'Bleu foncé sur bleu clair',
        'brown-on-beige': 'Brun sur beige',
        'green-on-dark-brown': 'Vert sur brun foncé',
      },
    },
    images: {
      legend: 'Images',
      options: { on: 'Afficher', off: 'Masquer', grayscale: 'Noir et blanc' },
    },
    letterSpacing: { legend: 'Espacement des lettres', options: spacing },
    lineHeight: { legend: 'Interligne', options: spacing },
    fontFamily: {
      legend: 'Police',
      options: {
        site: 'Comme sur le site',
        'sans-serif': 'Sans empattements',
        serif: 'Avec empattements',
      },
    },
    reset: 'Version normale',
    close: 'Fermer les réglages',
  },
} satisfies LanguageFile;
