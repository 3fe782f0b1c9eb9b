// A small line icon per party type, drawn inside the party's node and in the legend from the
// same SVG, so the two cannot differ. Types the user invents get the "custom" tag icon.
import { DEFAULT_PARTY_TYPES } from '../../../../shared/domain';
import type { PartySide } from '../../../../shared/domain';

export type PartyIconId =
  | 'contract'
  | 'hospital'
  | 'provider'
  | 'community'
  | 'payer'
  | 'court'
  | 'other'
  | 'patient'
  | 'client'
  | 'family'
  | 'custom';

// 24×24 line drawings (stroke only), in the spirit of common open icon sets, drawn for here.
const GLYPHS: Record<PartyIconId, string> = {
  contract: '<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5"/><path d="M9 13h7M9 17h5"/>',
  hospital: '<path d="M4 21V7h16v14"/><path d="M12 10v6M9 13h6"/><path d="M2 21h20"/><path d="M9 7V4h6v3"/>',
  provider: '<path d="M6 3v6a5 5 0 0 0 10 0V3"/><path d="M11 14v2a5 5 0 0 0 10 0v-3"/><circle cx="21" cy="11" r="1.6"/>',
  community: '<path d="M3 11l9-7 9 7"/><path d="M5 10v11h14V10"/><path d="M10 21v-6h4v6"/>',
  payer: '<circle cx="12" cy="12" r="9"/><path d="M15 8.5c-.6-1-1.8-1.5-3-1.5-1.7 0-3 .9-3 2.3 0 3.2 6 1.8 6 5 0 1.4-1.3 2.3-3 2.3-1.3 0-2.5-.6-3-1.6M12 5v2M12 17v2"/>',
  court: '<path d="M3 9l9-5 9 5z"/><path d="M5 9v9M9.5 9v9M14.5 9v9M19 9v9"/><path d="M3 21h18"/>',
  other: '<circle cx="6" cy="12" r="1.6"/><circle cx="12" cy="12" r="1.6"/><circle cx="18" cy="12" r="1.6"/>',
  patient: '<path d="M3 19V7M3 15h18v4"/><path d="M21 15v-3a3 3 0 0 0-3-3h-7v6"/><circle cx="7" cy="11" r="2"/>',
  client: '<circle cx="12" cy="7" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  family: '<circle cx="8" cy="7" r="3"/><circle cx="17" cy="9" r="2.5"/><path d="M2 21a6 6 0 0 1 12 0"/><path d="M13 21a4.5 4.5 0 0 1 9 0"/>',
  custom: '<path d="M3 12V3h9l9 9-9 9z"/><circle cx="7.5" cy="7.5" r="1.5"/>',
};

const ICON_BY_TYPE: Record<string, PartyIconId> = {
  'contracting agency': 'contract',
  'hospital unit/department': 'hospital',
  'healthcare provider': 'provider',
  'community agency': 'community',
  payer: 'payer',
  'government/court': 'court',
  other: 'other',
  patient: 'patient',
  client: 'client',
  'family/caregiver': 'family',
};

export function iconForType(type: string): PartyIconId {
  return ICON_BY_TYPE[type.trim().toLowerCase()] ?? 'custom';
}

export function iconSvg(icon: PartyIconId, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${GLYPHS[icon]}</svg>`;
}

// Cytoscape draws node images from URLs; a data: URL keeps them inside the app (and the CSP).
export function iconDataUri(icon: PartyIconId, color: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(iconSvg(icon, color))}`;
}

export function isDefaultType(side: PartySide, type: string): boolean {
  return (DEFAULT_PARTY_TYPES[side] as readonly string[]).includes(type);
}
