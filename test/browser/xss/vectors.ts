/**
 * Hostile HTML for the XSS browser test (issue 6): one entry per distinct vector. Every payload,
 * if it ever ran, reports itself twice: it requests the canary server (`/hit/<id>`) and calls the
 * trap `top.__xss('<id>')` that the test exposes in every frame. Vectors whose danger is a load
 * rather than a script (`<script src>`, `<iframe src>`, `@import`, `background`, a meta refresh…)
 * point at the canary, so a load is a hit too.
 *
 * Plain image loads are kept away from the canary on purpose: Folio shows an article's images
 * from their sites (CSP `img-src … http: https:`), so `<img src=//canary>` surviving would be a
 * benign remote image, not a payload. Image-bearing vectors use `javascript:`/`data:` URLs and
 * event handlers instead, and their `src` is a same-origin path.
 *
 * Sources: the OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, and the
 * mutation-XSS bypasses of DOMPurify published by its authors and reporters (Cure53; Michał
 * Bentkowski, "Write-up of DOMPurify 2.0.0 bypass using mutation XSS", 2019; Masato Kinugawa's
 * 2.0.17 bypass, 2020; the 2.2.2/2.2.3 namespace-confusion bypasses). All written out here by hand.
 */

/** What a payload calls when it runs. */
export interface Trap {
  /** Script that reports `id`: a canary request first (it works from opaque origins too), then the trap. */
  js(id: string): string
  /** A URL on the canary server for `id`: any request to it is a hit. */
  canary(id: string): string
}

export type VectorGroup = 'script' | 'handler' | 'url' | 'frame' | 'meta-base' | 'css' | 'svg' | 'mathml' | 'mxss' | 'template' | 'encoding' | 'clobbering'

export interface XssVector {
  id: string
  group: VectorGroup
  /** The payload as HTML (also used, as is, as title, summary, author and tag text). */
  html(trap: Trap): string
  /** For `javascript:`-like vectors: the bare URL, placed in the item's URL field too. */
  url?(trap: Trap): string
  /**
   * It leaves the HTML parser in another state (an open `<math>`, an unterminated `<script>`):
   * the feed builder puts it last in its item so it cannot change how the other vectors parse.
   */
  last?: true
}

const decimal = (text: string): string => [...text].map((char) => `&#${char.codePointAt(0)};`).join('')
const hexNoSemicolon = (text: string): string => [...text].map((char) => `&#x${(char.codePointAt(0) ?? 0).toString(16)}`).join('')
const zeroPadded = (text: string): string => [...text].map((char) => `&#${String(char.codePointAt(0)).padStart(7, '0')}`).join('')
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

type Build = (js: string, canary: string, trap: Trap, id: string) => string

/** A vector whose payload is built from its own trap script and canary URL. */
const v = (id: string, group: VectorGroup, build: Build, extra: Pick<XssVector, 'last'> = {}): XssVector => ({
  id,
  group,
  html: (trap) => build(trap.js(id), trap.canary(id), trap, id),
  ...extra,
})

/** A `javascript:`-family URL: in an `<a href>` in content, and bare in the item's URL field. */
const urlVector = (id: string, url: (js: string) => string, htmlUrl: (js: string) => string = url): XssVector => ({
  id,
  group: 'url',
  html: (trap) => `<a href="${htmlUrl(trap.js(id))}">link ${id}</a>`,
  url: (trap) => url(trap.js(id)),
})

const scriptVectors: XssVector[] = [
  v('script-plain', 'script', (js) => `<script>${js}</script>`),
  v('script-mixed-case', 'script', (js) => `<ScRiPt>${js}</sCrIpT>`),
  v('script-src-canary', 'script', (_js, canary) => `<script src="${canary}"></script>`),
  v('script-src-data', 'script', (js) => `<script src="data:text/javascript,${encodeURIComponent(js)}"></script>`),
  v('script-nested-broken', 'script', (js) => `<scr<script>x</script>ipt>${js}</scr<script>x</script>ipt>`),
  v('script-slash-attribute', 'script', (_js, canary) => `<script/src="${canary}"></script>`),
  v('script-newline-in-tag', 'script', (js) => `<script\n>${js}</script\n>`),
  v('script-type-module', 'script', (js) => `<script type="module">${js}</script>`),
  v('script-for-event', 'script', (js) => `<script for="window" event="onload">${js}</script>`),
  v('script-html-comment', 'script', (js) => `<script><!--\n${js}\n//--></script>`),
  v('script-attribute-breakout', 'script', (js) => `"><script>${js}</script>`),
  v('script-title-breakout', 'script', (js) => `</title><script>${js}</script>`),
  v('script-textarea-breakout', 'script', (js) => `</textarea><script>${js}</script>`),
  v('script-string-breakout', 'script', (js) => `';${js};//</script><script>${js}</script>`),
  v('script-unterminated', 'script', (js) => `<script>${js}`, { last: true }),
]

const handlerVectors: XssVector[] = [
  v('img-onerror', 'handler', (js) => `<img src="x" onerror="${js}">`),
  v('img-onerror-slash-separators', 'handler', (js) => `<img/src="x"/onerror=${js}>`),
  v('img-onerror-mixed-case', 'handler', (js) => `<IMG SRC=x OnErRoR="${js}">`),
  v('img-onerror-decimal-entities', 'handler', (js) => `<img src=x onerror="${decimal(js)}">`),
  v('img-onerror-hex-no-semicolon', 'handler', (js) => `<img src=x onerror="${hexNoSemicolon(js)}">`),
  v('img-onerror-js-unicode-escape', 'handler', (js) => `<img src=x onerror="\\u0066${js.slice(1)}">`),
  v('img-onerror-newlines', 'handler', (js) => `<img src=x\nonerror\n=\n"${js}">`),
  v('img-onload-real-image', 'handler', (js) => `<img src="/pwa-192x192.png" onload="${js}">`),
  v('img-srcset-onerror', 'handler', (js) => `<img srcset=",,,," onerror="${js}">`),
  v('image-alias-onerror', 'handler', (js) => `<image src="x" onerror="${js}">`),
  v('picture-source-onerror', 'handler', (js) => `<picture><source srcset="x" onerror="${js}"><img src="x" onerror="${js}"></picture>`),
  v('a-onclick', 'handler', (js) => `<a href="#" onclick="${js}">click</a>`),
  v('a-onmouseover', 'handler', (js) => `<a onmouseover="${js}">hover</a>`),
  v('a-autofocus-onfocus', 'handler', (js) => `<a href="#f" tabindex="1" autofocus onfocus="${js}">focus</a>`),
  v('div-onmouseover', 'handler', (js) => `<div onmouseover="${js}">hover me</div>`),
  v('p-onclick-mixed-case', 'handler', (js) => `<p OnClIcK="${js}">click me</p>`),
  v('td-onpointerover', 'handler', (js) => `<table><tr><td onpointerover="${js}">cell</td></tr></table>`),
  v('body-onload', 'handler', (js) => `<body onload="${js}">`),
  v('body-onpageshow', 'handler', (js) => `<body onpageshow="${js}">`),
  v('frameset-onload', 'handler', (js) => `<frameset onload="${js}"></frameset>`),
  v('iframe-onload', 'handler', (js) => `<iframe onload="${js}"></iframe>`),
  v('input-autofocus-onfocus', 'handler', (js) => `<input autofocus onfocus="${js}">`),
  v('input-image-onerror', 'handler', (js) => `<input type="image" src="x" onerror="${js}">`),
  v('details-open-ontoggle', 'handler', (js) => `<details open ontoggle="${js}"><summary>open</summary>details</details>`),
  v('details-closed-ontoggle', 'handler', (js) => `<details ontoggle="${js}"><summary>open me</summary>hidden</details>`),
  v('video-onerror', 'handler', (js) => `<video src="x" onerror="${js}"></video>`),
  v('video-source-onerror', 'handler', (js) => `<video><source src="x" onerror="${js}"></video>`),
  v('video-track-onerror', 'handler', (js) => `<video><track src="x" onerror="${js}"></video>`),
  v('audio-onerror', 'handler', (js) => `<audio src="x" onerror="${js}"></audio>`),
  v('audio-onloadstart', 'handler', (js) => `<audio controls src="x" onloadstart="${js}"></audio>`),
  v('marquee-onstart', 'handler', (js) => `<marquee onstart="${js}">marquee</marquee>`),
  v('form-onsubmit', 'handler', (js) => `<form onsubmit="${js}"><button>send</button></form>`),
  v('button-onclick', 'handler', (js) => `<button onclick="${js}">press</button>`),
  v('button-autofocus-onfocus', 'handler', (js) => `<button autofocus onfocus="${js}">focus</button>`),
  v('select-autofocus-onfocus', 'handler', (js) => `<select autofocus onfocus="${js}"><option>one</option></select>`),
  v('textarea-autofocus-onfocus', 'handler', (js) => `<textarea autofocus onfocus="${js}">text</textarea>`),
  v('keygen-autofocus-onfocus', 'handler', (js) => `<keygen autofocus onfocus="${js}">`),
  v('object-onerror', 'handler', (js) => `<object data="x" onerror="${js}"></object>`),
  v('embed-onload', 'handler', (js) => `<embed src="x" onload="${js}">`),
  v('style-onload', 'handler', (js) => `<style onload="${js}"></style>`),
  v('link-onload-onerror', 'handler', (js) => `<link rel="stylesheet" href="x.css" onload="${js}" onerror="${js}">`),
  v('contenteditable-onfocus', 'handler', (js) => `<div contenteditable autofocus onfocus="${js}">editable</div>`),
  v('onanimationstart', 'handler', (js) => `<style>@keyframes xss{}</style><p style="animation-name:xss" onanimationstart="${js}">animated</p>`),
  v('custom-element-onclick', 'handler', (js) => `<x-widget onclick="${js}">widget</x-widget>`),
  v('handler-html5-entity', 'handler', (js) => `<img src=x onerror="&NewLine;${js}">`),
]

const urlVectors: XssVector[] = [
  urlVector('href-javascript', (js) => `javascript:${js}`),
  urlVector('href-javascript-mixed-case', (js) => `JaVaScRiPt:${js}`),
  urlVector('href-javascript-tab', (js) => `java\tscript:${js}`, (js) => `java&#x09;script:${js}`),
  urlVector('href-javascript-newline', (js) => `java\nscript:${js}`, (js) => `java&#x0A;script:${js}`),
  urlVector('href-javascript-carriage-return', (js) => `java\rscript:${js}`, (js) => `java&#13;script:${js}`),
  urlVector('href-javascript-leading-space', (js) => ` \u0001javascript:${js}`, (js) => ` &#x20;&#x01;javascript:${js}`),
  urlVector('href-javascript-decimal-entities', (js) => `javascript:${js}`, (js) => `${decimal('javascript:')}${js}`),
  urlVector('href-javascript-hex-no-semicolon', (js) => `javascript:${js}`, (js) => `${hexNoSemicolon('javascript')}&#x3a;${js}`),
  urlVector('href-javascript-zero-padded', (js) => `javascript:${js}`, (js) => `${zeroPadded('javascript:')}${js}`),
  urlVector('href-javascript-colon-entity', (js) => `javascript:${js}`, (js) => `javascript&colon;${js}`),
  urlVector('href-javascript-comment-newline', (js) => `javascript://%0a${encodeURIComponent(js)}`),
  urlVector('href-javascript-percent-encoded', (js) => `javascript:%66${encodeURIComponent(js.slice(1))}`),
  urlVector('href-data-html', (js) => `data:text/html,<script>${js}</script>`),
  urlVector('href-data-html-base64', (js) => `data:text/html;base64,${base64(`<script>${js}</script>`)}`),
  urlVector('href-data-uppercase', (js) => `DATA:TEXT/HTML,<script>${js}</script>`),
  urlVector('href-vbscript', () => 'vbscript:msgbox("xss")'),
  urlVector('href-vbscript-mixed-case', () => 'VbScRiPt:Execute("msgbox 1")'),
  v('area-href-javascript', 'url', (js) => `<map name="xss-map"><area shape="rect" coords="0,0,50,50" href="javascript:${js}"></map><img src="/pwa-192x192.png" usemap="#xss-map" alt="map">`),
  v('img-src-javascript', 'url', (js) => `<img src="javascript:${js}">`),
  v('img-src-vbscript', 'url', () => `<img src="vbscript:msgbox(1)">`),
  v('img-lowsrc-dynsrc', 'url', (js) => `<img lowsrc="javascript:${js}" dynsrc="javascript:${js}">`),
  v('video-poster-javascript', 'url', (js) => `<video poster="javascript:${js}"></video>`),
  v('table-background-javascript', 'url', (js) => `<table background="javascript:${js}"><tr><td>table</td></tr></table>`),
  v('td-background-canary', 'url', (_js, canary) => `<table><tr><td background="${canary}">cell</td></tr></table>`),
  v('blockquote-cite-javascript', 'url', (js) => `<blockquote cite="javascript:${js}">quote</blockquote>`),
  v('a-xlink-href-javascript', 'url', (js) => `<a xlink:href="javascript:${js}">xlink</a>`),
  v('a-ping-canary', 'url', (_js, canary) => `<a href="https://example.invalid/" ping="${canary}">ping</a>`),
  v('form-action-javascript', 'url', (js) => `<form action="javascript:${js}"><input type="submit" value="send"></form>`),
  v('button-formaction-javascript', 'url', (js) => `<form><button formaction="javascript:${js}">send</button></form>`),
  v('input-formaction-javascript', 'url', (js) => `<form><input type="submit" formaction="javascript:${js}" value="send"></form>`),
  v('isindex-action', 'url', (js) => `<isindex type="image" src="x" action="javascript:${js}" onerror="${js}">`),
]

const frameVectors: XssVector[] = [
  v('iframe-src-javascript', 'frame', (js) => `<iframe src="javascript:${js}"></iframe>`),
  v('iframe-src-data-html', 'frame', (js) => `<iframe src="data:text/html,<script>${js}</script>"></iframe>`),
  v('iframe-src-canary', 'frame', (_js, canary) => `<iframe src="${canary}"></iframe>`),
  v('iframe-srcdoc-script', 'frame', (js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`),
  v('iframe-srcdoc-entities', 'frame', (js) => `<iframe srcdoc="&lt;img src=x onerror=&quot;${js}&quot;&gt;"></iframe>`),
  v('object-data-javascript', 'frame', (js) => `<object data="javascript:${js}"></object>`),
  v('object-data-html-base64', 'frame', (js) => `<object data="data:text/html;base64,${base64(`<script>${js}</script>`)}"></object>`),
  v('object-data-canary', 'frame', (_js, canary) => `<object data="${canary}"></object>`),
  v('embed-src-javascript', 'frame', (js) => `<embed src="javascript:${js}">`),
  v('embed-src-data-svg', 'frame', (js) => `<embed src="data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"/>`)}">`),
  v('embed-src-canary', 'frame', (_js, canary) => `<embed src="${canary}">`),
]

const metaBaseVectors: XssVector[] = [
  v('meta-refresh-javascript', 'meta-base', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`),
  v('meta-refresh-data', 'meta-base', (js) => `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${js}</script>">`),
  v('meta-refresh-canary', 'meta-base', (_js, canary) => `<meta http-equiv="refresh" content="0;url=${canary}">`),
  v('base-href-javascript', 'meta-base', (js) => `<base href="javascript:${js}//">`),
  // Under /rebased/, not /hit/: a saved page's own <base> rightly rebases its relative images (the
  // server's Readability resolves them as a browser would), and those are images, not payloads.
  v('base-href-canary', 'meta-base', (_js, canary) => `<base href="${canary.replace('/hit/', '/rebased/')}/"><a href="relative">relative link</a>`),
  v('link-stylesheet-canary', 'meta-base', (_js, canary) => `<link rel="stylesheet" href="${canary}">`),
  v('link-import-canary', 'meta-base', (_js, canary) => `<link rel="import" href="${canary}">`),
  v('link-preload-script-canary', 'meta-base', (_js, canary) => `<link rel="preload" as="script" href="${canary}">`),
  v('link-prefetch-canary', 'meta-base', (_js, canary) => `<link rel="prefetch" href="${canary}">`),
]

const cssVectors: XssVector[] = [
  v('style-import-canary', 'css', (_js, canary) => `<style>@import url("${canary}");</style>`),
  v('style-import-css-escape', 'css', (_js, canary) => `<style>@\\69 mport '${canary}';</style>`),
  v('style-background-url-canary', 'css', (_js, canary) => `<style>*{background:url(${canary})}</style>`),
  v('style-font-face-canary', 'css', (_js, canary) => `<style>@font-face{font-family:xss;src:url(${canary})}*{font-family:xss}</style><p>font</p>`),
  v('style-attribute-url-canary', 'css', (_js, canary) => `<p style="background:url(${canary})">styled</p>`),
  v('style-attribute-url-escaped', 'css', (_js, canary) => `<p style="background:\\75 rl(${canary})">escaped</p>`),
  v('style-attribute-url-javascript', 'css', (js) => `<p style="background-image:url('javascript:${js}')">styled</p>`),
  v('style-attribute-expression', 'css', (js) => `<p style="width:expression(${js})">expression</p>`),
  v('style-attribute-behavior', 'css', (_js, canary) => `<p style="behavior:url(${canary})">behavior</p>`),
  v('style-attribute-moz-binding', 'css', (_js, canary) => `<p style="-moz-binding:url(${canary})">binding</p>`),
]

const svgVectors: XssVector[] = [
  v('svg-onload', 'svg', (js) => `<svg onload="${js}"></svg>`),
  v('svg-onload-slash', 'svg', (js) => `<svg/onload=${js}></svg>`),
  v('svg-onload-mixed-case', 'svg', (js) => `<SvG OnLoAd="${js}"></sVg>`),
  v('svg-script', 'svg', (js) => `<svg><script>${js}</script></svg>`),
  v('svg-script-href-data', 'svg', (js) => `<svg><script href="data:,${encodeURIComponent(js)}"></script></svg>`),
  v('svg-animate-onbegin', 'svg', (js) => `<svg><animate onbegin="${js}" attributeName="x" dur="1s"></animate></svg>`),
  v('svg-set-href-javascript', 'svg', (js) => `<svg><a><set attributeName="href" to="javascript:${js}"></set><text x="20" y="20">set</text></a></svg>`),
  v('svg-animate-values-javascript', 'svg', (js) => `<svg><a><animate attributeName="href" values="javascript:${js}"></animate><text x="20" y="20">animate</text></a></svg>`),
  v('svg-a-xlink-href', 'svg', (js) => `<svg><a xlink:href="javascript:${js}"><rect width="10" height="10"></rect></a></svg>`),
  v('svg-a-href', 'svg', (js) => `<svg><a href="javascript:${js}"><text x="0" y="15">svg link</text></a></svg>`),
  v('svg-foreignobject-img', 'svg', (js) => `<svg><foreignObject><img src="x" onerror="${js}"></foreignObject></svg>`),
  v('svg-foreignobject-iframe', 'svg', (js) => `<svg><foreignObject><iframe srcdoc="<script>${js}</script>"></iframe></foreignObject></svg>`),
  v('svg-use-data', 'svg', (js) => `<svg><use href="data:image/svg+xml;base64,${base64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${js}"/></svg>`)}#x"></use></svg>`),
  v('svg-image-canary', 'svg', (_js, canary) => `<svg><image href="${canary}"></image></svg>`),
  v('svg-style-img-breakout', 'svg', (js) => `<svg><style><img src="x" onerror="${js}"></style></svg>`),
  v('svg-p-style-img', 'svg', (js) => `<svg><p><style><img src="x" onerror="${js}"></style></p></svg>`),
]

const mathmlVectors: XssVector[] = [
  v('math-href-javascript', 'mathml', (js) => `<math href="javascript:${js}"><mi>click</mi></math>`),
  v('math-maction-xlink', 'mathml', (js) => `<math><maction actiontype="statusline" xlink:href="javascript:${js}"><mtext>x</mtext></maction></math>`),
  v('math-mtext-img', 'mathml', (js) => `<math><mtext><img src="x" onerror="${js}"></mtext></math>`),
  v('math-annotation-xml-html', 'mathml', (js) => `<math><annotation-xml encoding="text/html"><img src="x" onerror="${js}"></annotation-xml></math>`),
  v('math-style-img', 'mathml', (js) => `<math><style><img src="x" onerror="${js}"></style></math>`),
]

/** Mutation XSS: markup that serializes into something else and parses differently the second time. */
const mxssVectors: XssVector[] = [
  // Bentkowski, DOMPurify 2.0.0 bypass.
  v('mxss-svg-p-style', 'mxss', (js) => `<svg></p><style><a id="</style><img src=1 onerror=${js}>">`),
  // Kinugawa, DOMPurify 2.0.17 bypass.
  v('mxss-math-mglyph-style-comment', 'mxss', (js) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${js}&gt;">`, { last: true }),
  // DOMPurify 2.2.2 bypass (nested forms and namespace confusion).
  v('mxss-form-math-mglyph', 'mxss', (js) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js}>`, { last: true }),
  // DOMPurify 2.2.3 bypass.
  v('mxss-math-mtext-h1-mglyph-svg', 'mxss', (js) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${js}>"></style></h1>`, { last: true }),
  v('mxss-svg-title-breakout', 'mxss', (js) => `<svg></p><title><a href="</title><img src=x onerror=${js}>">`, { last: true }),
  v('mxss-noscript-title', 'mxss', (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`),
  v('mxss-textarea-title', 'mxss', (js) => `<textarea><img title="</textarea><img src=x onerror=${js}>"></textarea>`),
  v('mxss-xmp-title', 'mxss', (js) => `<xmp><p title="</xmp><img src=x onerror=${js}>">`),
  v('mxss-iframe-title', 'mxss', (js) => `<iframe><p title="</iframe><img src=x onerror=${js}>"></iframe>`),
  v('mxss-noembed-title', 'mxss', (js) => `<noembed><p title="</noembed><img src=x onerror=${js}>">`),
  v('mxss-noframes-title', 'mxss', (js) => `<noframes><p title="</noframes><img src=x onerror=${js}>">`),
  v('mxss-template-img', 'mxss', (js) => `<template><img src="x" onerror="${js}"></template>`),
  v('mxss-style-comment', 'mxss', (js) => `<style><!--</style><img src=x onerror=${js}>-->`),
  v('mxss-comment-abrupt', 'mxss', (js) => `<!--><img src=x onerror=${js}>-->`),
  v('mxss-comment-dash-bang', 'mxss', (js) => `<!-- --!><img src=x onerror=${js}>-->`),
  v('mxss-cdata-in-html', 'mxss', (js) => `<![CDATA[><img src=x onerror=${js}>]]>`),
  v('mxss-processing-instruction', 'mxss', (js) => `<?xml-stylesheet ><img src=x onerror=${js}>?>`),
  v('mxss-select-template-style', 'mxss', (js) => `<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=${js}>">`, { last: true }),
  v('mxss-plaintext', 'mxss', (js) => `<plaintext><img src=x onerror=${js}>`, { last: true }),
]

/** Strings a template engine would evaluate; Folio must show them as text. */
const templateVectors: XssVector[] = [
  v('vue-mustache-constructor', 'template', (js) => `{{constructor.constructor(\`${js}\`)()}}`),
  v('vue-mustache-global', 'template', (js) => `{{ ${js} }}`),
  v('vue-directives', 'template', (js) => `<div v-on:click="${js}" @mouseover="${js}" :onclick="${js}">vue</div>`),
  v('angular-constructor', 'template', (js) => `{{$on.constructor(\`${js}\`)()}}`),
  v('template-literal', 'template', (js) => `\${${js}}`),
]

/** The same payloads escaped once or more, or in forms only a confused decoder would read. */
const encodingVectors: XssVector[] = [
  v('escaped-once-img', 'encoding', (js) => `&lt;img src=x onerror=${js}&gt;`),
  v('escaped-twice-script', 'encoding', (js) => `&amp;lt;script&amp;gt;${js}&amp;lt;/script&amp;gt;`),
  v('attribute-breakout-single', 'encoding', (js) => `'><img src=x onerror=${js}>`),
  v('attribute-breakout-svg', 'encoding', (js) => `"><svg onload=${js}></svg>`),
  v('utf7-script', 'encoding', (js) => `+ADw-script+AD4-${js}+ADw-/script+AD4-`),
  v('fullwidth-script', 'encoding', (js) => `＜script＞${js}＜/script＞`),
  v('percent-encoded-script', 'encoding', (js) => `%3Cscript%3E${js}%3C%2Fscript%3E`),
  v('javascript-url-entities-mixed', 'encoding', (js) => `<a href="&#x4A;avaScript&#58;${js}">mixed</a>`),
]

/** Names that would shadow document or window properties Folio (or the test) relies on. */
const clobberingVectors: XssVector[] = [
  v('clobber-document-methods', 'clobbering', () => `<img name="getElementById" src="/pwa-192x192.png"><form name="querySelector"></form><img name="cookie">`),
  v('clobber-trap-name', 'clobbering', () => `<a id="__xss" name="__xss" href="#">trap</a><img id="__xssCsp">`),
]

export const VECTORS: readonly XssVector[] = [
  ...scriptVectors,
  ...handlerVectors,
  ...urlVectors,
  ...frameVectors,
  ...metaBaseVectors,
  ...cssVectors,
  ...svgVectors,
  ...mathmlVectors,
  ...mxssVectors,
  ...templateVectors,
  ...encodingVectors,
  ...clobberingVectors,
]

/** Vectors that can stand as an item's URL. */
export const URL_VECTORS: readonly XssVector[] = VECTORS.filter((vector) => vector.url !== undefined)

const duplicate = VECTORS.map((vector) => vector.id).find((id, index, ids) => ids.indexOf(id) !== index)
if (duplicate) throw new Error(`Two XSS vectors share the id ${duplicate}`)
