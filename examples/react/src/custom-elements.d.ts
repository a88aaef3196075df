// Types every biblio-* tag's attributes, properties and events in TSX, from the package's manifest.
import type {} from 'biblio-widgets/jsx';
