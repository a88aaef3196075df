import type { LanguageFile } from '../languages.js';

/**
 * Español. Plurales CLDR: one, many (millones redondos: «1 000 000 de visitas»), other. Trato
 * de usted.
 */

const commentCount = {
  one: '{count} comentario',
  many: '{count} de comentarios',
  other: '{count} comentarios',
};

const spacing = { normal: 'Normal', wide: 'Mayor', wider: 'Máximo' };

export default {
  loading: 'Cargando…',
  retry: 'Reintentar',
  internalError: 'No se pudo mostrar este bloque.',
  errors: {
    network: 'No hay conexión. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servidor tarda demasiado en responder.',
    http: 'El servidor respondió con un error ({status}).',
    parse: 'No se pudieron leer los datos: no son JSON ni XML válidos.',
    format: 'No se reconoce el formato de este canal. Describa sus campos en el atributo «map».',
    map: 'El atributo «map» apunta a un campo inexistente: {path}.',
    config: 'El elemento no está configurado: falta el atributo «{attribute}».',
    unexpected: 'El servidor envió datos que este bloque no puede mostrar.',
    htmlPage:
      'Esta dirección abre una página web, no datos. Compruebe la dirección: debe llevar al propio archivo RSS o JSON, no a una página del sitio.',
    brokenJson:
      'El JSON de esta dirección está dañado o incompleto. Abra la dirección en un navegador para comprobarlo o consulte al desarrollador del sitio.',
    tooLarge:
      'El canal es demasiado grande (más de 5 MB). Incluya menos elementos o divídalo en páginas.',
  },
  vision: { toggle: 'Versión para personas con baja visión' },
  partners: {
    label: 'Colaboradores',
    empty: 'Todavía no hay colaboradores.',
    count: {
      one: '{count} colaborador',
      many: '{count} de colaboradores',
      other: '{count} colaboradores',
    },
  },
  views: { one: '{count} visita', many: '{count} de visitas', other: '{count} visitas' },
  commentCount,
  comments: {
    label: 'Comentarios',
    count: commentCount,
    empty: 'Todavía no hay comentarios. Sea el primero en escribir.',
    sort: 'Orden',
    oldest: 'Más antiguos primero',
    newest: 'Más recientes primero',
    showMore: 'Mostrar más comentarios',
    shownMore: {
      one: 'Se muestra {count} comentario más',
      many: 'Se muestran {count} de comentarios más',
      other: 'Se muestran {count} comentarios más',
    },
    formLabel: 'Dejar un comentario',
    replyLabel: 'Respuesta a {name}',
    name: 'Su nombre',
    text: 'Comentario',
    honeypot: 'Deje este campo vacío',
    characters: '{count} de {max} caracteres',
    shortcut: 'Ctrl+Intro o ⌘+Intro para enviar.',
    send: 'Enviar',
    sending: 'Enviando…',
    reply: 'Responder',
    cancel: 'Cancelar',
    edit: 'Editar',
    delete: 'Eliminar',
    edited: 'editado',
    pending: 'Pendiente de moderación',
    login: 'Para dejar un comentario, {link} con el formulario de arriba.',
    loginLink: 'inicie sesión',
    consent: 'Acepto el tratamiento de mis datos personales según la {link}.',
    consentLink: 'política de privacidad',
    ownComments: 'Sus comentarios en este sitio',
    closed: 'Los comentarios están cerrados.',
    siteRefused:
      'El servidor de comentarios no acepta este sitio ({origin}): debe figurar en su ajuste CORS_ORIGINS.',
  },
  viewCounter: { label: 'Visitas: {count}' },
  article: {
    empty: 'No se encontró este artículo.',
    archive: 'Volver a las noticias',
    author: 'Por {author}',
    tags: 'Etiquetas',
    share: 'Compartir',
    vk: 'VK',
    telegram: 'Telegram',
    ok: 'OK',
    email: 'Correo electrónico',
    copyLink: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar el enlace.',
    newTab: '(se abre en una pestaña nueva)',
  },
  news: {
    label: 'Noticias',
    empty: 'Todavía no hay noticias.',
    archive: 'Todas las noticias',
    showMore: 'Mostrar más',
    pages: 'Páginas',
    page: 'Página {page}',
    previous: 'Página anterior',
    next: 'Página siguiente',
    search: 'Buscar en las noticias',
    noResults: 'No se encontró nada para «{query}».',
    found: {
      one: 'Se encontró {count} noticia',
      many: 'Se encontraron {count} de noticias',
      other: 'Se encontraron {count} noticias',
    },
    tag: 'Noticias con la etiqueta «{tag}»',
    clearTag: 'Mostrar todas las noticias',
    tags: 'Etiquetas',
    pause: 'Pausar las actualizaciones',
    resume: 'Reanudar las actualizaciones',
    fresh: {
      one: '{count} noticia nueva',
      many: '{count} de noticias nuevas',
      other: '{count} noticias nuevas',
    },
    shown: {
      one: 'Se muestra {count} noticia',
      many: 'Se muestran {count} de noticias',
      other: 'Se muestran {count} noticias',
    },
    comments: commentCount,
  },
  writing: {
    save: 'Guardar',
    confirmDelete: '¿Eliminar este comentario definitivamente?',
    own: {
      count: {
        one: 'El servidor guarda {count} comentario suyo en este sitio.',
        many: 'El servidor guarda {count} de comentarios suyos en este sitio.',
        other: 'El servidor guarda {count} comentarios suyos en este sitio.',
      },
      none: 'El servidor no guarda ningún comentario suyo en este sitio.',
      download: 'Descargar (JSON)',
      deleteAll: 'Eliminarlos todos',
      confirmDelete: {
        one: '¿Eliminar definitivamente su comentario en este sitio? Las respuestas también se eliminarán.',
        many: '¿Eliminar definitivamente sus {count} de comentarios en este sitio? Las respuestas también se eliminarán.',
        other:
          '¿Eliminar definitivamente sus {count} comentarios en este sitio? Las respuestas también se eliminarán.',
      },
      deleted: {
        one: '{count} comentario eliminado.',
        many: '{count} de comentarios eliminados.',
        other: '{count} comentarios eliminados.',
      },
      close: 'Cerrar',
    },
    you: 'Usted',
    posted: 'Su comentario se ha publicado.',
    postedPending: '¡Gracias! Su comentario aparecerá cuando un moderador lo apruebe.',
    saved: 'Comentario modificado.',
    deleted: 'Comentario eliminado.',
    notSent: 'Su comentario no se envió; su texto se conserva. {reason}',
    tooLong: {
      one: 'El comentario supera en {count} carácter el máximo de {max}.',
      many: 'El comentario supera en {count} de caracteres el máximo de {max}.',
      other: 'El comentario supera en {count} caracteres el máximo de {max}.',
    },
    errors: {
      text_required: 'Escriba primero un comentario.',
      name_required: 'Indique su nombre.',
      name_invalid: 'El nombre necesita al menos dos letras y ningún enlace.',
      text_too_long: 'El comentario es demasiado largo.',
      token_required: 'Inicie sesión para dejar un comentario.',
      token_invalid: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
      edit_window_closed: 'Ya pasó el plazo para editar o eliminar este comentario.',
      reader_required:
        'Este navegador no guarda ninguna clave de sus comentarios y usted no ha iniciado sesión: inicie sesión o abra el navegador en el que los escribió.',
      consent_required:
        'Marque la casilla para aceptar el tratamiento de sus datos personales: sin ello, este sitio no publica comentarios.',
      forbidden: 'El sitio no permite esta acción.',
      conflict: 'Este comentario ya se está enviando. Espere un momento e inténtelo de nuevo.',
      rate_limited:
        'Demasiados comentarios en poco tiempo. Inténtelo de nuevo dentro de {seconds} s.',
      server: 'El servidor de comentarios falló ({status}). Inténtelo de nuevo.',
    },
  },
  settingsPanel: {
    panel: 'Ajustes para personas con baja visión',
    fontScale: 'Tamaño del texto',
    scheme: {
      legend: 'Colores',
      options: {
        site: 'Como en el sitio',
        'black-on-white': 'Negro sobre blanco',
        'white-on-black': 'Blanco sobre negro',
        'blue-on-light-blue': 'Azul oscuro sobre azul claro',
        'brown-on-beige': 'Marrón sobre beis',
        'green-on-dark-brown': 'Verde sobre marrón oscuro',
      },
    },
    images: {
      legend: 'Imágenes',
      options: { on: 'Mostrar', off: 'Ocultar', grayscale: 'Blanco y negro' },
    },
    letterSpacing: { legend: 'Espaciado entre letras', options: spacing },
    lineHeight: { legend: 'Interlineado', options: spacing },
    fontFamily: {
      legend: 'Fuente',
      options: { site: 'Como en el sitio', 'sans-serif': 'Sin serifa', serif: 'Con serifa' },
    },
    reset: 'Versión normal',
    close: 'Cerrar los ajustes',
  },
} satisfies LanguageFile;
