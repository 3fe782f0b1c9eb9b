// A change through the API that ends by reading the list it changed again, whatever happened, so
// a conflict shows the latest state at once. Resolves to the error to show, or null.
import type { ApiError } from '../../../shared/api';
import { toApiError } from '../core/errors/toApiError';

export async function changeThenRefresh(work: () => Promise<unknown>, refresh: () => Promise<void>): Promise<ApiError | null> {
  try {
    await work();
    return null;
  } catch (error) {
    return toApiError(error);
  } finally {
    await refresh();
  }
}
