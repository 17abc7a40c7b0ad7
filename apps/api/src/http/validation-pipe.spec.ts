import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Min, ValidateNested, type ValidationError } from 'class-validator';
import { AppError } from '@app/common';
import { firstProblemPerField, IgnoresUnknownQueryParameters, validationPipe } from './validation-pipe';

class Section {
  @IsString()
  @Length(1, 10, { message: 'heading must be 1-10 characters' })
  heading: string;
}

class Save {
  @IsInt()
  @Min(0)
  basedOnRevision: number;

  @IsString()
  @Length(3, 64)
  @Matches(/^[a-z]+$/, { message: 'name must be lower-case letters' })
  name: string;

  @ValidateNested()
  @Type(() => Section)
  section: Section;
}

async function refusal(body: object): Promise<AppError> {
  try {
    await validationPipe().transform(body, { type: 'body', metatype: Save });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('validation: one line per field, the first rule it breaks', () => {
  it('basedOnRevision "abc" is not an integer, and only that', async () => {
    const error = await refusal({ basedOnRevision: 'abc', name: 'abc', section: { heading: 'x' } });
    expect(error).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(error.details).toEqual({ fields: ['basedOnRevision: basedOnRevision must be an integer number'] });
    expect(error.message).toBe('Invalid input: basedOnRevision: basedOnRevision must be an integer number');
  });

  it('a field breaking its type, length and pattern is reported by its type', async () => {
    const error = await refusal({ basedOnRevision: 1, name: 7, section: { heading: 'x' } });
    expect(error.details).toEqual({ fields: ['name: name must be a string'] });
  });

  it('a later rule is reported when the earlier ones hold, nested fields by their path', async () => {
    const error = await refusal({ basedOnRevision: -1, name: 'ab', section: { heading: '' } });
    expect(error.details).toEqual({
      fields: [
        'basedOnRevision: basedOnRevision must not be less than 0',
        'name: name must be longer than or equal to 3 characters',
        'section.heading: heading must be 1-10 characters',
      ],
    });
  });

  it('a required field left out is said to be required, not of the wrong type', async () => {
    const error = await refusal({ basedOnRevision: 1, section: { heading: 'x' } });
    expect(error.details).toEqual({ fields: ['name: name is required'] });
    const nested = await refusal({ basedOnRevision: 1, name: 'abc', section: {} });
    expect(nested.details).toEqual({ fields: ['section.heading: heading is required'] });
  });

  it('an unknown property is named once', () => {
    const unknown: ValidationError = {
      property: 'priority',
      constraints: { whitelistValidation: 'property priority should not exist' },
      children: [],
    };
    expect(firstProblemPerField([unknown])).toEqual(['priority: property priority should not exist']);
  });
});

@IgnoresUnknownQueryParameters()
class SharedLinkQuery {
  @Type(() => Number)
  @IsInt()
  year: number;
}

class StrictQuery {
  @Type(() => Number)
  @IsInt()
  year: number;
}

describe('query parameters a chat app appends to a shared public link', () => {
  const query = { year: '2026', from: 'timeline', isappinstalled: '0' };

  it('are dropped on a query marked for anonymous links, which is still validated', async () => {
    const read = await validationPipe().transform(query, { type: 'query', metatype: SharedLinkQuery });
    expect(read).toEqual(Object.assign(new SharedLinkQuery(), { year: 2026 }));
    await expect(
      validationPipe().transform(
        { year: 'abc', from: 'timeline' },
        { type: 'query', metatype: SharedLinkQuery },
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: ['year: year must be an integer number'] },
    });
  });

  it('are refused everywhere else, naming each', async () => {
    await expect(
      validationPipe().transform(query, { type: 'query', metatype: StrictQuery }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [
          expect.stringMatching(/^from: property from should not exist/),
          expect.stringMatching(/^isappinstalled:/),
        ],
      },
    });
  });
});
