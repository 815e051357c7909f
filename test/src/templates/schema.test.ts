import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  ANNEX_III_AREAS,
  ANNEX_III_USE_CASES,
  ART6_CONDITIONS,
  CLASSIFICATION_ANSWER_FIELDS,
  GPAI_MODEL_OPTIONS,
} from '@aigov/plugin-ai-governance-common';
import { templatesDir } from './templates';

/*
 * The classification step of each AI use-case template, read as the
 * scaffolder's review step reads it: every answer has a title, and single
 * choices show the questionnaire's labels (enumNames), which must not drift
 * from the options in -common. No backend needed.
 */

const TEMPLATES = {
  'new-ai-use-case.yaml': ['provider', 'deployer'],
  'register-existing-ai-system.yaml': ['provider', 'deployer'],
  'onboard-third-party-ai-service.yaml': ['deployer'],
} as const;

function load(file: string): any {
  return yaml.load(readFileSync(join(templatesDir, file), 'utf8'));
}

function classificationOf(template: any): any {
  const step = template.spec.parameters.find(
    (p: any) => p.properties?.classification,
  );
  return step.properties.classification;
}

/** The step's property that holds `field`, wherever the template asks it. */
function propertyOf(template: any, field: string): any {
  return template.spec.parameters.find((p: any) => p.properties?.[field])
    .properties[field];
}

describe('the first step of every template', () => {
  const templates = Object.keys(TEMPLATES).map(load);

  it('explains a bad name in words, not with the pattern', () => {
    for (const template of templates) {
      const name = propertyOf(template, 'name');
      const message: string = name.errorMessage.pattern;
      expect(message).not.toContain(name.pattern);
      expect(message).not.toMatch(/[\^$[\]{}]/);
      // The example the message gives is a name the pattern accepts.
      const example = message.match(/e\.g\. (\S+)$/)![1];
      expect(example).toMatch(new RegExp(name.pattern));
      expect('Loan_Assistant').not.toMatch(new RegExp(name.pattern));
    }
  });

  it('offers teams and people as owners', () => {
    for (const template of templates) {
      const owner = propertyOf(template, 'owner');
      expect(owner['ui:field']).toBe('OwnerPicker');
      expect(owner['ui:options'].catalogFilter.kind).toEqual(['Group', 'User']);
    }
  });

  it('names every system type in words, the same in each template', () => {
    const [first, ...others] = templates.map(t => propertyOf(t, 'type'));
    expect(first.enumNames).toHaveLength(first.enum.length);
    expect(first.enumNames).toContain('Classifier or scoring model');
    for (const type of others) {
      expect(type.enum).toEqual(first.enum);
      expect(type.enumNames).toEqual(first.enumNames);
    }
  });
});

describe.each(Object.entries(TEMPLATES))('%s', (file, defaultRoles) => {
  const template = load(file);
  const classification = classificationOf(template);

  it('uses the questionnaire with the roles it starts from', () => {
    expect(classification['ui:field']).toBe('AiClassificationQuestionnaire');
    expect(classification['ui:options'].defaultOperatorRoles).toEqual(
      defaultRoles,
    );
  });

  it('gives the review step a title for every answer and the labels of single choices', () => {
    const props = classification.properties;
    expect(Object.keys(props).sort()).toEqual(
      [...CLASSIFICATION_ANSWER_FIELDS].sort(),
    );
    for (const field of CLASSIFICATION_ANSWER_FIELDS) {
      expect(props[field].title).toEqual(expect.any(String));
    }
    for (const [field, options] of [
      ['annexIIIArea', ANNEX_III_AREAS],
      ['annexIIIUseCase', ANNEX_III_USE_CASES],
      ['art6Condition', ART6_CONDITIONS],
      ['gpaiModel', GPAI_MODEL_OPTIONS],
    ] as const) {
      expect(props[field].enum).toEqual(options.map(o => o.value));
      expect(props[field].enumNames).toEqual(options.map(o => o.label));
    }
  });

  it('writes the roles the classifier covered into the AiSystem, not a fixed list', () => {
    const text = readFileSync(join(templatesDir, file), 'utf8');
    expect(text).not.toMatch(/operatorRoles: \[/);
    const steps = template.spec.steps.filter(
      (s: any) => s.input?.values?.operatorRoles !== undefined,
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.input.values.operatorRoles).toBe(
        '${{ steps.classify.output.roles }}',
      );
    }
  });
});
