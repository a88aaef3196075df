/** A VK wall or a public Telegram channel: pages, not feeds, that the feed proxy reads as feeds. */
export type SocialSource = { source: 'vk'; wall: string } | { source: 'telegram'; channel: string };

const vkAddress =
  /^(?:https?:\/\/)?(?:www\.|m\.)?vk\.(?:com|ru)\/([A-Za-z0-9_.]{2,64})\/?(?:[?#].*)?$/;
const telegramAddress =
  /^(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31})\/?(?:[?#].*)?$/;

/**
 * The source a VK or Telegram address names, as `/api/feed?source=…` takes it: `vk.com/library`,
 * `https://m.vk.com/club123`, `https://t.me/library_news`, `t.me/s/library_news`.
 */
export function socialSource(address: string): SocialSource | undefined {
  const value = address.trim();
  const wall = value.match(vkAddress)?.[1];
  if (wall) return { source: 'vk', wall };
  const channel = value.match(telegramAddress)?.[1];
  if (channel) return { source: 'telegram', channel };
  return undefined;
}
