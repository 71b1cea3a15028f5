import { ButtonStyle, ComponentType } from 'discord.js';
import { Checks, type Json } from './checks.ts';
import type { Path } from './errors.ts';

const SELECT_MENUS = new Set<unknown>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/** Components V2 (message flag IS_COMPONENTS_V2) may nest; these are the layouts Discord accepts. */
const V2_TOP_LEVEL = new Set<unknown>([
  ComponentType.ActionRow,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
  ComponentType.Container,
]);
const V2_IN_CONTAINER = new Set([...V2_TOP_LEVEL].filter((type) => type !== ComponentType.Container));
const V2_IN_SECTION = new Set<unknown>([ComponentType.TextDisplay]);
const V2_MAX_COMPONENTS = 40;
const V2_MAX_TEXT = 4000;

interface Budget {
  components: number;
  text: number;
}

/** Validates a message's `components`; custom_ids must be unique across the whole message. */
export function checkMessageComponents(c: Checks, value: unknown, path: Path, v2: boolean): void {
  const customIds = new Set<string>();
  if (!v2) {
    c.list(value, path, 5).forEach((row, i) => checkRow(c, row, [...path, i], customIds));
    return;
  }
  const budget: Budget = { components: 0, text: 0 };
  c.list(value, path, V2_MAX_COMPONENTS).forEach((item, i) =>
    checkV2(c, item, [...path, i], customIds, budget, V2_TOP_LEVEL),
  );
  if (budget.components > V2_MAX_COMPONENTS) {
    c.fail(
      path,
      'COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED',
      `Must be ${V2_MAX_COMPONENTS} or fewer components in total.`,
    );
  }
  if (budget.text > V2_MAX_TEXT) {
    c.fail(path, 'COMPONENT_MAX_TEXT_LENGTH_EXCEEDED', `Text displays must total ${V2_MAX_TEXT} or fewer characters.`);
  }
}

/**
 * Modals: 1–5 top-level components, either legacy action rows holding one text input, or labels
 * wrapping one input, or text displays. Inputs inside a label are checked for their custom_id only.
 */
export function checkModalComponents(c: Checks, value: unknown, path: Path): void {
  const customIds = new Set<string>();
  c.list(value, path, 5, { min: 1, required: true }).forEach((item, i) => {
    const itemPath = [...path, i];
    const component = c.object(item, itemPath);
    if (component.type === ComponentType.Label) {
      c.text(component.label, [...itemPath, 'label'], 45, { min: 1, required: true });
      c.text(component.description, [...itemPath, 'description'], 100);
      const input = c.object(component.component, [...itemPath, 'component']);
      checkCustomId(c, input.custom_id, [...itemPath, 'component', 'custom_id'], customIds);
    } else if (component.type === ComponentType.ActionRow) {
      c.list(component.components, [...itemPath, 'components'], 1, { min: 1, required: true }).forEach((inner, j) => {
        const inputPath = [...itemPath, 'components', j];
        const input = c.object(inner, inputPath);
        if (input.type !== ComponentType.TextInput) {
          c.fail([...inputPath, 'type'], 'COMPONENT_TYPE_INVALID', 'Modal action rows hold one text input.');
          return;
        }
        checkCustomId(c, input.custom_id, [...inputPath, 'custom_id'], customIds);
        c.text(input.label, [...inputPath, 'label'], 45, { min: 1, required: true });
        c.text(input.value, [...inputPath, 'value'], 4000);
        c.text(input.placeholder, [...inputPath, 'placeholder'], 100);
      });
    } else if (component.type === ComponentType.TextDisplay) {
      c.text(component.content, [...itemPath, 'content'], V2_MAX_TEXT, { min: 1, required: true });
    } else {
      c.fail(
        [...itemPath, 'type'],
        'COMPONENT_TYPE_INVALID',
        `Component type ${String(component.type)} is not valid in a modal.`,
      );
    }
  });
}

function checkRow(c: Checks, value: unknown, path: Path, customIds: Set<string>, budget?: Budget): void {
  const row = c.object(value, path);
  if (row.type !== ComponentType.ActionRow) {
    c.fail([...path, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
    return;
  }
  const children = c.list(row.components, [...path, 'components'], 5, { min: 1, required: true });
  if (budget) budget.components += children.length;
  children.forEach((item, i) => {
    const childPath = [...path, 'components', i];
    const child = c.object(item, childPath);
    if (child.type === ComponentType.Button) {
      checkButton(c, child, childPath, customIds);
    } else if (SELECT_MENUS.has(child.type)) {
      // A select menu is five units wide: it must be alone in its row.
      if (children.length > 1) {
        c.fail(childPath, 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
      }
      checkSelectMenu(c, child, childPath, customIds);
    } else {
      c.fail(
        [...childPath, 'type'],
        'COMPONENT_TYPE_INVALID',
        `Component type ${String(child.type)} is not valid in a message action row.`,
      );
    }
  });
}

function checkButton(c: Checks, button: Json, path: Path, customIds: Set<string>): void {
  const { style } = button;
  if (typeof style !== 'number' || !(style in ButtonStyle)) {
    c.fail([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
    return;
  }
  if (style === ButtonStyle.Premium) {
    if (button.sku_id === undefined) c.required([...path, 'sku_id']);
    return;
  }
  c.text(button.label, [...path, 'label'], 80);
  if (!button.label && !button.emoji) {
    c.fail(path, 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A button must have a label or an emoji.');
  }
  if (style === ButtonStyle.Link) {
    c.url(button.url, [...path, 'url'], { max: 512, required: true });
    if (button.custom_id !== undefined) {
      c.fail([...path, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'Link buttons cannot have a custom_id.');
    }
  } else {
    checkCustomId(c, button.custom_id, [...path, 'custom_id'], customIds);
    if (button.url !== undefined) {
      c.fail([...path, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons can have a url.');
    }
  }
}

function checkSelectMenu(c: Checks, menu: Json, path: Path, customIds: Set<string>): void {
  checkCustomId(c, menu.custom_id, [...path, 'custom_id'], customIds);
  c.text(menu.placeholder, [...path, 'placeholder'], 150);
  c.integer(menu.min_values, [...path, 'min_values'], 0, 25);
  c.integer(menu.max_values, [...path, 'max_values'], 1, 25);
  if (typeof menu.min_values === 'number' && typeof menu.max_values === 'number' && menu.min_values > menu.max_values) {
    c.fail([...path, 'min_values'], 'SELECT_COMPONENT_MIN_VALUES_TOO_HIGH', 'min_values cannot exceed max_values.');
  }
  if (menu.type !== ComponentType.StringSelect) return;
  const options = c.list(menu.options, [...path, 'options'], 25, { min: 1, required: true });
  const values = new Set<unknown>();
  options.forEach((item, i) => {
    const optionPath = [...path, 'options', i];
    const option = c.object(item, optionPath);
    c.text(option.label, [...optionPath, 'label'], 100, { min: 1, required: true });
    c.text(option.value, [...optionPath, 'value'], 100, { min: 1, required: true });
    c.text(option.description, [...optionPath, 'description'], 100);
    if (values.has(option.value)) {
      c.fail(
        [...optionPath, 'value'],
        'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
        'Component select option values cannot be duplicated',
      );
    }
    values.add(option.value);
  });
  if (typeof menu.max_values === 'number' && menu.max_values > options.length) {
    c.fail(
      [...path, 'max_values'],
      'SELECT_COMPONENT_MAX_VALUES_TOO_HIGH',
      'max_values cannot exceed the number of options.',
    );
  }
}

function checkCustomId(c: Checks, value: unknown, path: Path, customIds: Set<string>): void {
  c.text(value, path, 100, { min: 1, required: true });
  if (typeof value !== 'string') return;
  if (customIds.has(value)) c.fail(path, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
  customIds.add(value);
}

function checkV2(
  c: Checks,
  value: unknown,
  path: Path,
  customIds: Set<string>,
  budget: Budget,
  allowed: Set<unknown>,
): void {
  const component = c.object(value, path);
  budget.components += 1;
  if (!allowed.has(component.type)) {
    c.fail([...path, 'type'], 'COMPONENT_TYPE_INVALID', `Component type ${String(component.type)} is not valid here.`);
    return;
  }
  const children = (max: number, inner: Set<unknown>): void =>
    c
      .list(component.components, [...path, 'components'], max, { min: 1, required: true })
      .forEach((child, i) => checkV2(c, child, [...path, 'components', i], customIds, budget, inner));
  switch (component.type) {
    case ComponentType.ActionRow:
      checkRow(c, component, path, customIds, budget);
      break;
    case ComponentType.TextDisplay:
      budget.text += c.text(component.content, [...path, 'content'], V2_MAX_TEXT, { min: 1, required: true });
      break;
    case ComponentType.Container:
      children(V2_MAX_COMPONENTS, V2_IN_CONTAINER);
      break;
    case ComponentType.Section: {
      children(3, V2_IN_SECTION);
      const accessory = c.object(component.accessory, [...path, 'accessory']);
      budget.components += 1;
      if (accessory.type === ComponentType.Button) checkButton(c, accessory, [...path, 'accessory'], customIds);
      else if (accessory.type !== ComponentType.Thumbnail) {
        c.fail(
          [...path, 'accessory', 'type'],
          'COMPONENT_TYPE_INVALID',
          'A section accessory must be a button or a thumbnail.',
        );
      }
      break;
    }
    default:
      break; // media gallery, file, separator: content-free as far as limits go
  }
}
