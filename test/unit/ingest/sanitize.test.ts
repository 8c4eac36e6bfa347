// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeArticleHtml } from '@/ingest/sanitize'

/** Sanitizes `html` and parses the result, so tests can ask the DOM what survived. */
function clean(html: string): { html: string; body: HTMLElement } {
  const output = sanitizeArticleHtml(html)
  const body = new DOMParser().parseFromString(`<body>${output}</body>`, 'text/html').body
  return { html: output, body }
}

describe('sanitizeArticleHtml removes what can run code', () => {
  it('drops <script> elements and their text', () => {
    const { html, body } = clean('<p>Before</p><script>alert(1)</script><p>After</p>')
    expect(body.querySelector('script')).toBeNull()
    expect(html).not.toContain('alert(1)')
    expect(body.textContent).toBe('BeforeAfter')
  })

  it.each([
    '<img src="https://example.com/x.png" onerror="alert(1)">',
    '<a href="https://example.com" onclick="alert(1)">x</a>',
    '<p onmouseover="alert(1)">x</p>',
    '<div ONLOAD="alert(1)">x</div>',
  ])('strips inline event handlers from %s', (input) => {
    const { html, body } = clean(input)
    expect(html.toLowerCase()).not.toMatch(/\son\w+=/)
    expect(html).not.toContain('alert(1)')
    expect(body.firstElementChild).not.toBeNull() // the element itself is kept
  })

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['mixed-case JaVaScRiPt:', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['whitespace-split java\\tscript:', '<a href="java\tscript:alert(1)">x</a>'],
    ['leading-space javascript:', '<a href=" javascript:alert(1)">x</a>'],
    ['entity-encoded &#106;avascript:', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['hex-entity &#x6A;avascript&#x3A;', '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>'],
    ['named-entity javascript&colon;', '<a href="javascript&colon;alert(1)">x</a>'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
    ['VBScript:', '<a href="VBScript:msgbox(1)">x</a>'],
    ['data: on a link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['DATA: on a link, upper case', '<a href="DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ])('removes a %s href', (_label, input) => {
    const link = clean(input).body.querySelector('a')
    expect(link).not.toBeNull()
    expect(link?.hasAttribute('href')).toBe(false)
    expect(link?.textContent).toBe('x')
  })

  it.each([
    ['javascript:', '<img src="javascript:alert(1)" alt="a">'],
    ['mixed-case jAvAsCrIpT:', '<img src="jAvAsCrIpT:alert(1)" alt="a">'],
    ['entity-encoded', '<img src="&#x6A;avascript:alert(1)" alt="a">'],
    ['vbscript:', '<img src="vbscript:msgbox(1)" alt="a">'],
    ['data: svg', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="a">'],
    ['data: png', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a">'],
    ['Data: mixed case', '<img src="Data:image/png;base64,iVBORw0KGgo=" alt="a">'],
  ])('removes a %s image src', (_label, input) => {
    const image = clean(input).body.querySelector('img')
    expect(image?.getAttribute('alt')).toBe('a')
    expect(image?.hasAttribute('src')).toBe(false)
  })

  it.each([
    ['iframe', '<iframe src="https://example.com"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['form', '<form action="https://evil.example"><input name="q"><button>Go</button></form>'],
    ['base', '<base href="https://evil.example/">'],
    ['style', '<style>body { background: url(https://evil.example/t.png) }</style>'],
    ['link', '<link rel="stylesheet" href="https://evil.example/s.css">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['object', '<object data="https://evil.example/x.swf"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['svg with script', '<svg><script>alert(1)</script><circle r="5"/></svg>'],
    ['svg onload', '<svg onload="alert(1)"></svg>'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['template', '<template><script>alert(1)</script></template>'],
  ])('removes <%s>', (_label, input) => {
    const { html, body } = clean(`<p>Kept</p>${input}`)
    expect(body.querySelector('iframe, form, input, button, base, style, link, meta, object, embed, svg, math, template, script')).toBeNull()
    expect(html).not.toMatch(/evil\.example|alert\(1\)|srcdoc|http-equiv/)
    expect(body.querySelector('p')?.textContent).toBe('Kept')
  })

  it('strips style and srcdoc attributes', () => {
    const { body } = clean('<p style="position:fixed;background:url(https://evil.example/t)">x</p><div srcdoc="<b>x</b>">y</div>')
    expect(body.querySelector('[style]')).toBeNull()
    expect(body.querySelector('[srcdoc]')).toBeNull()
    expect(body.textContent).toBe('xy')
  })

  it('strips data- attributes and formaction/ping', () => {
    const { body } = clean('<p data-x="1">a</p><a href="https://example.com" ping="https://evil.example/p">b</a>')
    expect(body.querySelector('[data-x], [ping]')).toBeNull()
  })
})

describe('sanitizeArticleHtml hardens images and links', () => {
  it('makes images lazy, async and referrer-free', () => {
    const image = clean('<img src="https://example.com/a.jpg" alt="A" width="640" height="320">').body.querySelector('img')
    expect(image?.getAttribute('src')).toBe('https://example.com/a.jpg')
    expect(image?.getAttribute('loading')).toBe('lazy')
    expect(image?.getAttribute('decoding')).toBe('async')
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(image?.getAttribute('width')).toBe('640')
  })

  it('overrides an eager image', () => {
    const image = clean('<img src="/a.jpg" loading="eager" referrerpolicy="unsafe-url">').body.querySelector('img')
    expect(image?.getAttribute('loading')).toBe('lazy')
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer')
  })

  it('opens links in a new tab without opener or referrer', () => {
    const link = clean('<a href="https://example.com/x" target="_self" rel="opener">x</a>').body.querySelector('a')
    expect(link?.getAttribute('href')).toBe('https://example.com/x')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('leaves an anchor without href alone', () => {
    const link = clean('<a name="here">x</a>').body.querySelector('a')
    expect(link?.hasAttribute('target')).toBe(false)
    expect(link?.hasAttribute('rel')).toBe(false)
  })

  it.each(['mailto:ada@example.com', '/articles/x.json', '#section-2', 'relative/page.html', 'http://example.com/'])(
    'keeps the safe href %s',
    (href) => {
      expect(clean(`<a href="${href}">x</a>`).body.querySelector('a')?.getAttribute('href')).toBe(href)
    },
  )
})

describe('sanitizeArticleHtml keeps ordinary article markup', () => {
  it('returns clean markup unchanged apart from the added attributes', () => {
    const input = [
      '<h1>Title</h1>',
      '<h2>Part</h2>',
      '<p>Some <em>emphasis</em>, <strong>strength</strong> and a <a href="https://example.com/">link</a>.</p>',
      '<blockquote><p>Quoted</p></blockquote>',
      '<ul><li>one</li><li>two</li></ul>',
      '<ol><li>first</li></ol>',
      '<figure><img src="https://example.com/a.png" alt="A"><figcaption>Caption</figcaption></figure>',
      '<pre><code>let x = 1</code></pre>',
    ].join('')
    const { body } = clean(input)
    for (const selector of ['h1', 'h2', 'p', 'em', 'strong', 'blockquote', 'ul > li', 'ol > li', 'figure > img', 'figcaption', 'pre > code']) {
      expect(body.querySelector(selector), selector).not.toBeNull()
    }
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://example.com/')
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://example.com/a.png')
    expect(body.textContent).toBe('TitlePartSome emphasis, strength and a link.QuotedonetwofirstCaptionlet x = 1')
  })

  it('is idempotent: sanitizing twice gives the same DOM (the reader sanitizes stored HTML again)', () => {
    const once = clean('<p>a <a href="https://x.example">b</a> <img src="https://x.example/i.png"></p>')
    const twice = clean(once.html)
    expect(twice.body.isEqualNode(once.body)).toBe(true)
    expect(twice.body.querySelectorAll('[target="_blank"], [loading="lazy"]')).toHaveLength(2)
  })
})
