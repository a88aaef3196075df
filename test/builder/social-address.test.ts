import { expect } from '@open-wc/testing';
import { proxyUrl } from '../../demo/builder/cors.js';
import { socialSource } from '../../demo/builder/social-address.js';
import { control, mountBuilder, type, unmountBuilders } from './builder-helpers.js';

describe('VK and Telegram addresses in the builder', () => {
  it('recognises a VK wall and a Telegram channel however the address is written', () => {
    for (const address of [
      'https://vk.com/pushkin_library',
      'vk.com/pushkin_library/',
      'https://m.vk.com/pushkin_library?w=wall',
    ]) {
      expect(socialSource(address)).to.deep.equal({ source: 'vk', wall: 'pushkin_library' });
    }
    expect(socialSource('https://vk.com/club123456')).to.deep.equal({
      source: 'vk',
      wall: 'club123456',
    });
    for (const address of [
      'https://t.me/pushkin_library',
      't.me/s/pushkin_library',
      'https://telegram.me/pushkin_library',
    ]) {
      expect(socialSource(address)).to.deep.equal({
        source: 'telegram',
        channel: 'pushkin_library',
      });
    }
  });

  it('leaves feeds, posts and other sites alone', () => {
    for (const address of [
      'https://library.example/rss',
      'https://vk.com/wall-1_2/extra',
      'https://t.me/pushkin_library/1236',
      'https://evilvk.com/x',
      'https://t.me.example/x',
    ]) {
      expect(socialSource(address), address).to.equal(undefined);
    }
  });

  it('offers the proxy form of the address as the news list’s src', () => {
    expect(proxyUrl('https://vk.com/pushkin_library', '/api')).to.equal(
      '/api/feed?source=vk&wall=pushkin_library',
    );
    expect(proxyUrl('https://t.me/s/pushkin_library', 'https://server.example/api/')).to.equal(
      'https://server.example/api/feed?source=telegram&channel=pushkin_library',
    );
  });

  describe('typed into the builder', () => {
    afterEach(unmountBuilders);

    it('says a VK address is not a feed and switches the news list to the proxy', async () => {
      const { root } = mountBuilder('ru');
      type(root, '#feed-url', 'https://vk.com/pushkin_library');
      await new Promise(requestAnimationFrame);
      expect(control(root, '#social-source').textContent).to.contain('Это адрес ВКонтакте');
      await expect(root).to.be.accessible();
      control<HTMLButtonElement>(root, '#use-social-proxy').click();
      expect(control<HTMLInputElement>(root, '#feed-url').value).to.equal(
        '/api/feed?source=vk&wall=pushkin_library',
      );
      await new Promise(requestAnimationFrame);
      expect(root.querySelector('#social-source')).to.equal(null);
    });

    it('offers the proxy for a Telegram channel too, and says nothing for a feed', async () => {
      const { root } = mountBuilder();
      type(root, '#feed-url', 'https://library.example/rss.xml');
      await new Promise(requestAnimationFrame);
      expect(root.querySelector('#social-source')).to.equal(null);
      type(root, '#feed-url', 't.me/pushkin_library');
      await new Promise(requestAnimationFrame);
      expect(control(root, '#social-source').textContent).to.contain('This is a Telegram address');
    });
  });
});
