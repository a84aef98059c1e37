/**
 * Error shielding: a bug in the mock must read as a server error in the playground, not as a network failure;
 * and every answer names the documented operation that gave it.
 */
import { errorResponse } from './answers';

/** Response header naming the operation that answered. */
export const OPERATION_HEADER = 'X-Mock-Operation';

export async function shielded(operationId: string, answer: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await answer();
  } catch (error) {
    response = errorResponse('INTERNAL_SERVER_ERROR', `Mock failed: ${(error as Error)?.message ?? String(error)}`);
  }
  // Tells the reader (and the tests) which documented operation answered.
  response.headers.set(OPERATION_HEADER, operationId);
  return response;
}
