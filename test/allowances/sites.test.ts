import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isAlwaysAllowedSite, needsInternetExit } from '../../src/allowances/index.js';
import { sitesIn } from '../../src/allowances/sites.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { reviewAccountRequest } from '../../src/request/index.js';
import { form } from '../arbitraries/request.js';

describe('sites every area may reach without an exit (4.13)', () => {
  it('allows www.seseq.gob.mx and www.salud.gob.mx, as a host, a www host or a URL (4.13)', () => {
    for (const site of [
      'seseq.gob.mx',
      'www.seseq.gob.mx',
      'WWW.Salud.Gob.MX',
      'https://www.salud.gob.mx/normatividad?x=1',
      'http://salud.gob.mx:8080/',
      'portal.salud.gob.mx',
      'salud.gob.mx.',
      // The authority read as RFC 3986 does: user and password before the host, port after.
      'ftp://user:pw@salud.gob.mx/x',
      'https://user@www.salud.gob.mx:443',
    ]) {
      expect(isAlwaysAllowedSite(site), site).toBe(true);
      expect(needsInternetExit(site), site).toBe(false);
    }
  });

  it('needs an exit for any other site, a look-alike, or what is not a site (4.13)', () => {
    for (const site of [
      'www.sat.gob.mx',
      'salud.gob.mx.evil.com',
      'misalud.gob.mx',
      'https://evil.com/salud.gob.mx',
      // An allowed name in the user part is no host: the host follows the last `@`.
      'https://salud.gob.mx:pw@evil.com/',
      'https://salud.gob.mx@evil.com',
      'salud',
      '',
      42,
      null,
    ]) {
      expect(isAlwaysAllowedSite(site), String(site)).toBe(false);
      expect(needsInternetExit(site), String(site)).toBe(true);
    }
  });

  it('reads the list from the policy (4.13)', () => {
    const p = definePolicy({ alwaysAllowedSites: ['queretaro.gob.mx'] })._unsafeUnwrap();
    expect(isAlwaysAllowedSite('www.queretaro.gob.mx', p)).toBe(true);
    expect(isAlwaysAllowedSite('www.salud.gob.mx', p)).toBe(false);
  });

  it('finds the sites a text names, once each, and nothing in abbreviations or numbers', () => {
    expect(
      sitesIn('Consulta de www.salud.gob.mx, https://www.sat.gob.mx/x y (salud.gob.mx). Lic. 1.5 v2.0'),
    ).toEqual(['salud.gob.mx', 'sat.gob.mx']);
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws on any text', (text) => {
    expect(Array.isArray(sitesIn(text))).toBe(true);
    expect(typeof needsInternetExit(text)).toBe('boolean');
  });
});

describe('the review says when a justification names only always-allowed sites (4.13)', () => {
  const justified = (justification: string) =>
    reviewAccountRequest(form({ internet: { requested: true, justification } }))._unsafeUnwrap().findings;

  it('adds an advisory ALWAYS_ALLOWED_SITES_ONLY with the sites (4.13)', () => {
    expect(justified('Consulta diaria de www.salud.gob.mx y www.seseq.gob.mx')).toEqual([
      {
        code: 'ALWAYS_ALLOWED_SITES_ONLY',
        clause: '4.13',
        severity: 'advisory',
        path: 'internet.justification',
        details: { sites: ['salud.gob.mx', 'seseq.gob.mx'] },
      },
    ]);
  });

  it('says nothing when another site is named, or none (4.13)', () => {
    expect(justified('Consulta de www.salud.gob.mx y trámites en www.sat.gob.mx')).toEqual([]);
    expect(justified('Consulta de la normatividad federal y trámites con proveedores')).toEqual([]);
  });
});
