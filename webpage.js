// Marginalia: what the app reads from a saved web page. Loaded, with
// Readability.js, only when a web page arrives (plain JavaScript, so none of
// it is in the page's first load); the app calls marginaliaGather(html, savedFrom).
//
// The page is parsed by the browser's DOMParser: no script in it runs and
// nothing it names is fetched; its inline styles and handlers are renamed first
// (see `defused`). Readability's article comes back as HTML: it
// is parsed again, in another detached document, and only its text is kept.
// Nothing of the page is ever inserted into the live DOM. What this returns
// (marginalia_model::page::Gathered as JSON) is decided on in the app's
// worker: crates/model/src/page.rs, tested natively.
'use strict';
(function () {
  // Tags that are never text, tags that are a block of their own, tags that hold blocks.
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
    'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'menu', 'dialog', 'video', 'audio',
    'picture', 'img', 'map', 'head', 'link', 'meta', 'title']);
  const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dt', 'dd',
    'caption', 'summary', 'address', 'td', 'th']);
  const CONTAINER = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'header', 'ul', 'ol', 'dl',
    'figure', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'details', 'center', 'hgroup']);

  const clean = (s) => (s || '').split(/\s+/).filter(Boolean).join(' ');
  const skipped = (el) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || SKIP.has(el.localName);

  // The text of an element, leaving out skipped descendants.
  function textOf(el) {
    let out = '';
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out += node.data;
      else if (node.nodeType === Node.ELEMENT_NODE && !skipped(node)) {
        if (node.localName === 'br') out += ' ';
        out += textOf(node);
        if (BLOCK.has(node.localName)) out += ' ';
      }
    }
    return out;
  }

  // Paragraphs, headings, list items in order; loose text between blocks is a block too.
  function walk(el, blocks) {
    let inline = '';
    const flush = () => { const t = clean(inline); if (t) blocks.push(t); inline = ''; };
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) inline += node.data;
      else if (node.nodeType === Node.ELEMENT_NODE && !skipped(node)) {
        // A list item is bulleted, so the core reads it as a statement of a list, not a heading.
        if (BLOCK.has(node.localName)) { flush(); const t = clean(textOf(node)); if (t) blocks.push(node.localName === 'li' ? `• ${t}` : t); }
        else if (CONTAINER.has(node.localName)) { flush(); walk(node, blocks); }
        else inline += textOf(node);
      }
    }
    flush();
  }

  const textOfPage = (root) => { const blocks = []; if (root) walk(root, blocks); return blocks.join('\n\n'); };

  // What the page states about itself (marginalia_model::page::PageFacts).
  function facts(doc) {
    const all = (sel) => Array.from(doc.querySelectorAll(sel));
    const headings = (sel) => all(sel).map((e) => clean(e.textContent)).filter(Boolean).slice(0, 4);
    const attr = (sel, name) => { const e = doc.querySelector(sel); return e ? e.getAttribute(name) : null; };
    return {
      metas: all('meta[content]').map((m) => {
        const key = m.getAttribute('property') || m.getAttribute('name') || m.getAttribute('itemprop');
        return key ? [key.trim().toLowerCase(), m.getAttribute('content')] : null;
      }).filter(Boolean),
      json_ld: all('script[type="application/ld+json"]').map((s) => s.textContent),
      title: clean(doc.title),
      // The article's own heading apart: the page's first heading is often
      // the site's name or a menu label.
      headline: headings('article h1, main h1, h1[itemprop=headline], [itemprop=headline] h1')[0] || null,
      h1: headings('h1'),
      canonical: attr('link[rel=canonical]', 'href'),
      lang: doc.documentElement ? doc.documentElement.getAttribute('lang') : null,
      // Dates marked as the publication date first, then any <time>.
      times: [...all('[itemprop=datePublished]'), ...all('time[datetime]')]
        .map((t) => t.getAttribute('content') || t.getAttribute('datetime')).filter(Boolean).slice(0, 3),
      saved_from: null,
    };
  }

  const field = (v) => (typeof v === 'string' && v.trim() ? v.trim() : null);

  // Chromium gives a parsed document the app's Content-Security-Policy: every inline style and
  // event handler of a saved page is refused with a console error (500 for four news pages), and
  // a refused style is never read, so an element hidden by `style="display:none"` would count as
  // shown. So before parsing, the page's <style> tags become <template> tags (the parser still
  // pairs them; a template's content is inert and outside the text) and its style and on…
  // attributes are renamed (data-mg-…, which nothing applies or runs); after it, an element its
  // style hid gets `hidden`, which Readability and textOf leave out, as Reader View does.
  function defused(html) {
    return html
      .replace(/<(\/?)style(?=[\s>\/])/gi, '<$1template')
      .replace(/<[a-zA-Z][^<>]*>/g, (tag) => tag.replace(/(\s)(style|on[a-z]+)=(?=["'\w])/gi, '$1data-mg-$2='));
  }
  const HIDING = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
  function parsed(html, keepHidden) {
    const doc = new DOMParser().parseFromString(defused(html), 'text/html');
    if (keepHidden) return doc;
    for (const el of doc.querySelectorAll('[data-mg-style]')) {
      if (HIDING.test(el.getAttribute('data-mg-style'))) el.setAttribute('hidden', '');
    }
    return doc;
  }

  // Readability takes an element whose class names a "header" for page
  // chrome (unless the class also says "article", "content", …), so a
  // story's own subheadings (CNN's <h2 class="subheader">) went while their
  // sections stayed. In a heading's class, "header" is read as "heading":
  // everything else in it (related, share, hidden, popup, …) Readability
  // still weighs with its own rules.
  function keepSubheadings(doc) {
    for (const h of doc.querySelectorAll('h2, h3, h4, h5, h6')) {
      if (/header/i.test(h.className)) h.className = h.className.replace(/header/gi, 'heading');
    }
  }

  // The article and the page's text, as Reader View reads them.
  function gather(doc, savedFrom) {
    // Gathered first: Readability changes the document it reads.
    const gathered = { facts: facts(doc), reader: null, article: '', whole: textOfPage(doc.body), failed: null };
    gathered.facts.saved_from = savedFrom || null;
    try {
      if (typeof Readability !== 'function') throw new Error('Readability.js is not loaded');
      keepSubheadings(doc);
      const found = new Readability(doc).parse();
      if (found) {
        gathered.reader = {
          title: field(found.title), byline: field(found.byline), site: field(found.siteName),
          published: field(found.publishedTime), lang: field(found.lang),
        };
        gathered.article = textOfPage(parsed(found.content || '').body);
      }
    } catch (e) {
      gathered.failed = String((e && e.message) || e);
    }
    return gathered;
  }

  self.marginaliaGather = function (html, savedFrom) {
    let gathered = gather(parsed(html), savedFrom);
    // A page whose every word its own style hides (shown by a script the
    // copy no longer runs) is read with what it hides, rather than not at all.
    if (!gathered.article.trim() && !gathered.whole.trim()) gathered = gather(parsed(html, true), savedFrom);
    return JSON.stringify(gathered);
  };
})();
