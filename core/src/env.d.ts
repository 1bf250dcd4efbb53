/**
 * The only host APIs core/ may use: WHATWG URL and URLSearchParams, present in browsers and in
 * Node. Declared here because core/ is checked without the DOM and Node libraries.
 */
declare class URLSearchParams {
  constructor(init?: string | Array<[string, string]>);
  entries(): IterableIterator<[string, string]>;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string);
  hash: string;
  host: string;
  hostname: string;
  href: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
}
