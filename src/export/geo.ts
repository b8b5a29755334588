import type { Place } from '../core/types.js';
import type { GazetteerHeader } from '../resources/geo/gazetteer.js';

/** GDELT's eight geography cells of one actor or of the action (`*Geo_Type` ... `*Geo_FeatureID`). */
export interface GdeltGeo {
  Type: number | '';
  FullName: string;
  CountryCode: string;
  ADM1Code: string;
  ADM2Code: string;
  Lat: number | '';
  Long: number | '';
  FeatureID: number | string;
}

export const EMPTY_GEO: GdeltGeo = { Type: '', FullName: '', CountryCode: '', ADM1Code: '', ADM2Code: '', Lat: '', Long: '', FeatureID: '' };

/**
 * GDELT geography of a place: type 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level
 * division); FIPS 10-4 country code from GeoNames countryInfo; ADM1 = FIPS country + the GeoNames admin1 code (FIPS
 * for most countries; GeoNames writes ISO codes for US, CH, BE and ME); FullName "City, Division, Country" as GDELT
 * writes it; FeatureID = the GeoNames id (a different namespace from GDELT's GNS/GNIS ids), else the name.
 */
export function gdeltGeo(p: Place | undefined, header: GazetteerHeader): GdeltGeo {
  if (!p) return EMPTY_GEO;
  const iso3 = p.country === 'KSV' ? 'XKX' : p.country;
  const c = iso3 ? header.countries.find((x) => x.iso3 === iso3) : undefined;
  const fips = c?.fips ?? '';
  const us = c?.iso2 === 'US';
  const type = p.featureCode === 'PCLI' ? 1 : p.featureCode === 'ADM1' ? (us ? 2 : 5) : p.featureCode === 'CONT' ? '' : us ? 3 : 4;
  const a1 = p.admin1Code ? p.admin1Code.split('.')[1] ?? '' : '';
  const country = c?.name ?? '';
  const parts = p.featureCode === 'PCLI' ? [country] : p.featureCode === 'ADM1' ? [p.name, country] : [p.name, p.admin1 ?? '', country];
  return {
    Type: type, FullName: parts.filter(Boolean).join(', '), CountryCode: fips, ADM1Code: fips && a1 && p.featureCode !== 'PCLI' ? fips + a1 : type === 1 ? fips : '',
    ADM2Code: '', Lat: p.lat, Long: p.lon, FeatureID: p.geonameid ?? p.name,
  };
}
