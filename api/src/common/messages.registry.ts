import { COMMON_MESSAGES, type MessageCatalogue } from '@fairpitch/shared/common';

// Areas add their catalogues here at import time, so the error filter can render any code.
const catalogue: MessageCatalogue = { ...COMMON_MESSAGES };

export function registerMessages(more: MessageCatalogue): void {
  Object.assign(catalogue, more);
}

export function messages(): MessageCatalogue {
  return catalogue;
}
