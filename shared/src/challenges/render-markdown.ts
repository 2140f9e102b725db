import MarkdownIt from 'markdown-it';

// Challenge descriptions and answers are written by organisers and read by everyone, so the
// HTML must be safe without a separate sanitiser: raw HTML is escaped (html: false), only
// http(s) and mailto links are made, and images are off (remote images would tell a third
// party who reads the page, and documents are uploaded separately anyway).
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;
const LINK_REL = 'noopener noreferrer nofollow';

function createRenderer() {
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
  md.disable('image');
  // Called with the normalised (percent-encoded) URL, so tricks like "java\tscript:" fail here.
  md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim());
  const renderLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet('rel', LINK_REL);
    return renderLinkOpen ? renderLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

const renderer = createRenderer();

export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}
