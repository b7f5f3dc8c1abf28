import { detect } from '@/lib/detect/detect';
import { buildMatcher, type Matcher } from '@/lib/detect/matcher';
import { NeedsReader } from '@/lib/detect/page-needs';
import type { LibraryDigest, PageNeeds } from '@/lib/detect/page-needs-schema';
import type { Reference } from '@/lib/detect/reference';
import { ask } from './messaging';

/**
 * The page's part of the library (lib/detect/page-needs.ts). The library's digest is asked for
 * once per page; a matcher only once the page's text holds something the library could name
 * or a 文号, built from just the documents that text can name, and asked for again, wider,
 * when new text (a changed block, a clause shown in the popover) holds more.
 */
let digest: Promise<LibraryDigest> | null = null;

/** The library changed (a user document added or removed): the next activation asks again. */
export function forgetLibraryDigest(): void {
  digest = null;
}

function loadDigest(): Promise<LibraryDigest> {
  digest ??= ask({ type: 'library-digest' });
  digest.catch(() => (digest = null));
  return digest;
}

/** Past this many characters a page is read chunk by chunk, yielding, never in one task. */
const QUICK_READ_LIMIT = 262_144;

export class PageMatcher {
  private digest: LibraryDigest | null = null;
  private reader: NeedsReader | null = null;
  private asked: PageNeeds | null = null;
  private matcher: Promise<Matcher | null> = Promise.resolve(null);
  /** The last matcher built, and the needs it was built for. */
  private built: { matcher: Matcher; needs: PageNeeds } | null = null;

  /** Fetches the digest; call before read(). */
  async prepare(): Promise<void> {
    this.digest = await loadDigest();
    this.reader ??= new NeedsReader(this.digest);
  }

  /**
   * Whether `root` surely names nothing the library holds and prints no 文号, read from its
   * text content in one piece: cheaper than walking its text nodes, and sound, since that
   * text holds every text node's text in order (with hidden and script text, which can only
   * add). Not for roots with open shadow roots (their text is not in it, and the walk
   * registers them for watching) or too long to read in one task.
   */
  namesNothing(root: Element): boolean {
    if (!this.digest) return false;
    const text = root.textContent ?? '';
    if (text.length > QUICK_READ_LIMIT) return false;
    const probe = new NeedsReader(this.digest);
    probe.read(text);
    if (!probe.empty) return false;
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) return false;
    return true;
  }

  /** Reads a chunk of the page's text for what the library could name in it. */
  read(text: string): void {
    this.reader?.read(text);
  }

  /** The matcher for everything read so far (the same one while nothing new was read), or null while nothing needs one. */
  current(): Promise<Matcher | null> {
    const reader = this.reader;
    if (!reader || reader.empty) return Promise.resolve(null);
    if (this.asked && reader.coveredBy(this.asked)) return this.matcher;
    const needs = reader.needs();
    this.asked = needs;
    this.matcher = ask({ type: 'page-matcher-source', needs }).then((source) => {
      this.built = { matcher: buildMatcher(source), needs };
      return this.built.matcher;
    });
    this.matcher.catch(() => this.asked === needs && (this.asked = null));
    return this.matcher;
  }

  /**
   * References in a library text shown in the popover, or null while the part of the library
   * they need is being asked for (`ready` is called once it is here).
   */
  find(text: string, ready: () => void): Reference[] | null {
    const reader = this.reader;
    if (!reader) return [];
    reader.read(text);
    if (reader.empty) return [];
    if (this.built && reader.coveredBy(this.built.needs)) return detect(this.built.matcher, text);
    this.current().then(ready, () => undefined);
    return null;
  }
}
