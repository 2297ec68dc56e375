// Counts drafts as bsky.app's composer does: new RichText + detectFacetsWithoutResolution (@atproto/api, npm),
// then shortenLinks(rt).graphemeLength. shortenLinks and toShortUrl are not published on npm: they are
// reproduced from bluesky-social/social-app (MIT), src/lib/strings/rich-text-manip.ts and url-helpers.ts.
// Reads a JSON list of texts on stdin, writes [graphemes, utf8 bytes, posted text] per text.
import { RichText, UnicodeString } from '@atproto/api'

export function toShortUrl(url) {
  try {
    const urlp = new URL(url)
    if (urlp.protocol !== 'http:' && urlp.protocol !== 'https:') {
      return url
    }
    const path = (urlp.pathname === '/' ? '' : urlp.pathname) + urlp.search + urlp.hash
    if (path.length > 15) {
      return urlp.host + path.slice(0, 13) + '...'
    }
    return urlp.host + path
  } catch (e) {
    return url
  }
}

export function shortenLinks(rt) {
  if (!rt.facets?.length) {
    return rt
  }
  rt = rt.clone()
  for (const facet of rt.facets) {
    const isLink = !!facet.features.find((f) => f.$type === 'app.bsky.richtext.facet#link')
    if (!isLink) {
      continue
    }
    const { byteStart, byteEnd } = facet.index
    const url = rt.unicodeText.slice(byteStart, byteEnd)
    const shortened = new UnicodeString(toShortUrl(url))
    rt.insert(byteStart, shortened.utf16)
    facet.index.byteStart = byteStart
    facet.index.byteEnd = byteStart + shortened.length
    rt.delete(byteStart + shortened.length, byteEnd + shortened.length)
  }
  return rt
}

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const texts = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const out = texts.map((text) => {
  const rt = new RichText({ text })
  rt.detectFacetsWithoutResolution()
  const posted = shortenLinks(rt)
  return [posted.graphemeLength, posted.length, posted.text]
})
process.stdout.write(JSON.stringify(out))
