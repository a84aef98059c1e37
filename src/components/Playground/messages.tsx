/** Every sentence the playground says about what went wrong, translated. */
import { translate } from '@docusaurus/Translate';
import type { BaseUrlProblem } from '../../request/target';
import type { FailureOutcome } from '../../request/send';

export function baseUrlProblemMessage(problem: BaseUrlProblem): string {
  switch (problem) {
    case 'empty':
      return translate({
        id: 'playground.baseUrl.empty',
        message: 'Enter the URL of your Tianji instance, such as https://tianji.example.com.',
      });
    case 'not-a-url':
      return translate({
        id: 'playground.baseUrl.notUrl',
        message: 'This is not a full URL. Start it with https:// (or http://), such as https://tianji.example.com.',
      });
    case 'protocol':
      return translate({ id: 'playground.baseUrl.protocol', message: 'Only http:// and https:// URLs can be called.' });
    case 'credentials':
      return translate({
        id: 'playground.baseUrl.credentials',
        message: 'Remove the user name and password from the URL; put your API key in the API key field.',
      });
    case 'query':
      return translate({
        id: 'playground.baseUrl.query',
        message: 'Remove the query string or fragment (after ? or #) from the URL.',
      });
  }
}

export function failureMessage(
  failure: FailureOutcome,
  context: { url: string; origin: string; timeoutSeconds: number },
): string {
  switch (failure.reason) {
    case 'timeout':
      return translate(
        {
          id: 'playground.failure.timeout',
          message:
            'No answer after {seconds} s, so the request was stopped. The instance may be down or slow; you can raise the timeout.',
        },
        { seconds: context.timeoutSeconds },
      );
    case 'aborted':
      return translate({ id: 'playground.failure.aborted', message: 'Request cancelled.' });
    case 'cors':
      return translate(
        {
          id: 'playground.failure.cors',
          message:
            'The server answered, but the browser blocked the response because of CORS. The instance must allow requests from {origin}: it has to send Access-Control-Allow-Origin, and allow the Authorization and Content-Type headers. cURL and the other snippets are not affected.',
        },
        { origin: context.origin },
      );
    case 'network':
      return translate(
        {
          id: 'playground.failure.network',
          message:
            'The request could not reach {url}. Check the base URL, that the instance is running, and your network connection.',
        },
        { url: context.url },
      );
  }
}

export function mockStartFailedMessage(): string {
  return translate({
    id: 'playground.failure.mockStart',
    message:
      'The mock could not start in this browser (service workers are unavailable, for example in private windows or on plain http). Choose Instance to call a real server.',
  });
}
