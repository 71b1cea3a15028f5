/**
 * An interaction's webhook, for what follows an acknowledgement: edit the
 * original response, delete it, or send a follow-up. The token in the path is
 * the credential (no bot token); @discordjs/rest (discord.js's REST client)
 * keeps to Discord's rate limits and retries what can be retried.
 */
import { REST, Routes } from 'discord.js';
import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Reply } from '../../render/discord.ts';
import type { Target } from './interaction.ts';

type Files = Reply['files'];

export interface Webhook {
  /** Replaces @original's message (new files are attached to it). */
  edit(message: APIInteractionResponseCallbackData, files?: Files): Promise<void>;
  remove(): Promise<void>;
  followUp(message: APIInteractionResponseCallbackData): Promise<void>;
}

/** One client for every interaction: its rate-limit buckets are per route, so per interaction token. */
export function webhooks(apiBase: string): (to: Target) => Webhook {
  const rest = new REST({ api: apiBase, retries: 2 });
  return ({ applicationId, token }) => {
    const original = Routes.webhookMessage(applicationId, token, '@original');
    return {
      async edit(message, files = []) {
        // The attachments a message keeps after an edit are those listed: here, the new files.
        const attachments = files.map((f, id) => ({ id, filename: f.name }));
        const body = files.length ? { ...message, attachments } : message;
        await rest.patch(original, { body, auth: false, files: files.map(({ name, data }) => ({ name, data })) });
      },
      async remove() {
        await rest.delete(original, { auth: false });
      },
      async followUp(message) {
        await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false });
      },
    };
  };
}
