// A form's one submission: pending while it runs, the failure in words if it fails (what was
// typed stays in the form), and the answer handed on when it succeeds.
import { useState } from 'react';
import { toApiError } from '../core/errors/toApiError';

export function useSubmit<T>(work: () => Promise<T>, onDone: (value: T) => void) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    setPending(true);
    setFailure(null);
    try {
      onDone(await work());
    } catch (error) {
      setFailure(toApiError(error).message);
    } finally {
      setPending(false);
    }
  };
  return { pending, failure, submit };
}
