// Small schemas every entity shares.
import { z } from 'zod';
import { NAME_MAX_LENGTH } from './constants';

// Ids are opaque strings: UUIDs for what the app creates, anything reasonable for imports.
export const idSchema = z
  .string()
  .trim()
  .min(1, 'An id cannot be empty.')
  .max(100, 'An id can be at most 100 characters.')
  .regex(/^[A-Za-z0-9._:-]+$/, 'An id may contain only letters, digits, ".", "_", ":" and "-".');

export const nameSchema = z
  .string()
  .trim()
  .min(1, 'A name is required.')
  .max(NAME_MAX_LENGTH, `A name can be at most ${NAME_MAX_LENGTH} characters.`);

export const versionSchema = z.number().int().nonnegative();

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar day, as YYYY-MM-DD: agreements' terms, assessments and touchpoints are dated by day. */
export const isoDateSchema = (what: string) => z.iso.date({ message: `${what} must be a date like 2027-06-30.` });

export const scoreSchema = (what: string) =>
  z
    .number({ message: `${what} must be a number from 1 to 5.` })
    .int(`${what} must be a whole number from 1 to 5.`)
    .min(1, `${what} must be from 1 to 5.`)
    .max(5, `${what} must be from 1 to 5.`);
