import { describe, expect, it } from 'vitest'
import { parsePage } from '../../../server/page-document'

const PAGE = 'https://news.example/2026/story/'

describe('parsePage builds the tree a browser would', () => {
  it('keeps a complete page as it is', () => {
    const document = parsePage('<!DOCTYPE html><html lang="de"><head><title>T</title></head><body class="post"><p>Hallo</p></body></html>', PAGE)
    expect(document.documentElement.outerHTML).toBe('<html lang="de"><head><title>T</title></head><body class="post"><p>Hallo</p></body></html>')
    expect(document.title).toBe('T')
  })

  it('supplies <html>, <head> and <body> when the page leaves them implicit', () => {
    const document = parsePage('<!doctype html><!-- built --><meta charset=utf-8><title>A &amp; B</title><link rel=icon href=/i.png><h1>Hi</h1><p>One &lt;two&gt;<script>late()</script>', PAGE)
    expect(document.documentElement.localName).toBe('html')
    expect(document.head.innerHTML).toMatch(/^<!-- built --><meta charset="utf-8"><title>A (&amp;|&) B<\/title><link rel="icon" href="\/i.png">$/) // linkedom leaves & in <title> raw
    expect(document.body.innerHTML).toBe('<h1>Hi</h1><p>One &lt;two&gt;<script>late()</script></p>')
    expect(document.title).toBe('A & B')
  })

  it('moves stray content into the body, keeping the attributes of <html> and <body>', () => {
    const document = parsePage('<html lang="fr" dir="ltr"><head><title>T</title></head><p class="x">Bonjour "toi"</p><body id="b"><p>Suite</p></body></html>', PAGE)
    expect(document.documentElement.getAttribute('lang')).toBe('fr')
    expect(document.documentElement.getAttribute('dir')).toBe('ltr')
    expect(document.body.id).toBe('b')
    expect(document.body.textContent).toBe('Bonjour "toi"Suite')
    expect(document.title).toBe('T')
  })

  it('moves content after </body> into the body', () => {
    const document = parsePage('<html><head><title>T</title></head><body><p>In</p></body><div>After</div></html>', PAGE)
    expect(document.body.innerHTML).toBe('<p>In</p><div>After</div>')
  })

  it.each(['', '   \n', 'just some words'])('gives %j a document element and a body', (html) => {
    const document = parsePage(html, PAGE)
    expect(document.documentElement.localName).toBe('html')
    expect(document.body.textContent.trim()).toBe(html.trim())
  })

  it('lowercases names given to createElement, as the HTML standard does', () => {
    const document = parsePage('<html><body></body></html>', PAGE)
    expect(document.createElement('DIV').outerHTML).toBe('<div></div>')
  })
})

describe('parsePage gives the document its address', () => {
  it('uses the page URL when there is no <base>', () => {
    const document = parsePage('<html><body><p>x</p></body></html>', PAGE)
    expect([document.documentURI, document.URL, document.baseURI]).toEqual([PAGE, PAGE, PAGE])
  })

  it.each([
    ['/static/', 'https://news.example/static/'],
    ['../', 'https://news.example/2026/'],
    ['https://cdn.example/a/', 'https://cdn.example/a/'],
    ['javascript:alert(1)', PAGE],
    ['http://[bad', PAGE],
    ['   ', PAGE],
  ])('resolves <base href=%j> against the page: %s', (href, base) => {
    const document = parsePage(`<html><head><base href="${href}"></head><body></body></html>`, PAGE)
    expect(document.baseURI).toBe(base)
    expect(document.documentURI).toBe(PAGE)
  })
})
