import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { CommonErrors } from '@app/common';

/**
 * The global body/query validation. A field that breaks several constraints (e.g. basedOnRevision
 * "abc" is neither an integer nor ≥ 0) is reported once, with the first constraint it breaks in the
 * order the DTO declares them (the type before the range): the one thing to fix first.
 */
export function validationPipe(): ValidationPipe {
  return new ReportFlowValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The DTO instance travels with an error so that a refused property can be answered with the
    // ones taken (acceptedOf); nothing of it goes into the answer but their names.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => invalidInput(errors),
  });
}

/** One VALIDATION_FAILED: the message names each bad field, details.fields lists one line per field. */
export function invalidInput(errors: ValidationError[]) {
  const fields = firstProblemPerField(errors);
  return CommonErrors.validation(`Invalid input: ${fields.join('; ')}`, { fields });
}

/**
 * "field: what is wrong", one line per field, nested properties by their dotted path. A required
 * field left out is said to be required: its first rule ("comment must be a string", scenario test,
 * stop 47) told a client to change a type it never sent.
 */
export function firstProblemPerField(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.value === undefined && error.constraints && !error.constraints.whitelistValidation)
      return [`${path}: ${error.property} is required`];
    const own = firstDeclared(error.constraints);
    if (own && error.constraints?.whitelistValidation) return [`${path}: ${own}${acceptedOf(error.target)}`];
    if (own) return [`${path}: ${own}`];
    return firstProblemPerField(error.children ?? [], path);
  });
}

/**
 * class-validator runs (and lists) a property's decorators bottom-up, so the last constraint listed
 * is the first one the DTO declares.
 */
function firstDeclared(constraints: Record<string, string> | undefined): string | undefined {
  const texts = Object.values(constraints ?? {});
  return texts[texts.length - 1];
}

/**
 * What may be sent instead of a property that is not taken: "?page=" on a list that pages by
 * limit and offset was refused without a word of what is (an external QA engineer, stop 50).
 */
function acceptedOf(target: object | undefined): string {
  if (!target) return '';
  const names = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(target.constructor, '', true, false)
        .map((m) => m.propertyName),
    ),
  ];
  return names.length > 0 ? ` (accepted: ${names.join(', ')})` : '';
}

/** Query DTOs whose unknown parameters are dropped rather than refused (IgnoresUnknownQueryParameters). */
const LENIENT_QUERIES = new WeakSet<object>();

/**
 * On a query DTO read by anonymous visitors: parameters it does not declare are dropped, not refused.
 * A public page's link shared through a chat app comes back with the app's own parameters
 * (?from=timeline&isappinstalled=0) and answered 400 instead of the page (stop 57). Declared ones
 * are validated as everywhere.
 */
export const IgnoresUnknownQueryParameters = (): ClassDecorator => (target) => {
  LENIENT_QUERIES.add(target);
};

class ReportFlowValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    // A numeric path parameter is parsed by its own pipe (WholeNumberParam): converted here first,
    // with Number(), "0x1" became revision 1 before that pipe could refuse it (penetration test, stop 57).
    if (metadata.type === 'param' && metatype === Number && typeof value === 'string') return value;
    if (
      metadata.type === 'query' &&
      metatype &&
      LENIENT_QUERIES.has(metatype) &&
      value &&
      typeof value === 'object'
    ) {
      const declared = new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(metatype, '', true, false)
          .map((m) => m.propertyName),
      );
      value = Object.fromEntries(Object.entries(value).filter(([key]) => declared.has(key)));
    }
    return super.transform(value, metadata);
  }
}
