/** Where an article can be shared, without loading any network's script. */
export type ShareTarget = 'vk' | 'telegram' | 'ok' | 'email' | 'copy';

export const shareTargets: readonly ShareTarget[] = ['vk', 'telegram', 'ok', 'email', 'copy'];

/** Plain share URLs each network documents for its share button. */
export function shareHref(
  target: Exclude<ShareTarget, 'copy'>,
  url: string,
  title: string,
): string {
  const link = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  switch (target) {
    case 'vk':
      return `https://vk.com/share.php?url=${link}&title=${text}`;
    case 'telegram':
      return `https://t.me/share/url?url=${link}&text=${text}`;
    case 'ok':
      return `https://connect.ok.ru/offer?url=${link}&title=${text}`;
    case 'email':
      return `mailto:?subject=${text}&body=${link}`;
  }
}

/** The `share` attribute: present but empty means every target; otherwise a list of them. */
export function parseShareTargets(value: string | undefined | null): ShareTarget[] {
  if (value === undefined || value === null) return [];
  const asked = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return asked.length === 0
    ? [...shareTargets]
    : shareTargets.filter((target) => asked.includes(target));
}
