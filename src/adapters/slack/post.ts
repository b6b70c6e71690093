import type { WebClient } from '@slack/web-api';
import type { ReplyTo } from './input.ts';
import type { SlackMessage } from './render/message.ts';

/** Posts a rendered message into the request's thread, then uploads its chart (if any) into the same thread. */
export async function postMessage(client: WebClient, to: ReplyTo, msg: SlackMessage): Promise<string | undefined> {
  const res = await client.chat.postMessage({
    channel: to.channel,
    thread_ts: to.thread_ts,
    text: msg.text,
    blocks: msg.blocks,
    metadata: msg.metadata,
    unfurl_links: false,
  });
  if (msg.chart) {
    const thread = to.thread_ts ?? res.ts;
    const file = { file: Buffer.from(msg.chart.png), filename: msg.chart.filename, title: msg.chart.title };
    await client.filesUploadV2(
      thread ? { channel_id: to.channel, thread_ts: thread, ...file } : { channel_id: to.channel, ...file },
    );
  }
  return res.ts;
}
