/** Stream adapters: IMServer connections and ceiling sockets, seen by the driver alike. */
import type { Message, SendAck } from "../../shared/protocol.js";
import type { CeilingSocket } from "./ceiling-client.js";
import type { Stream, StreamEvents } from "./drive.js";
import type { ImConn } from "./im-client.js";
import { ceilingFrame, ceilingIndex, clientMsgId, indexOf, TEXT } from "./payload.js";

/**
 * IMServer: the sender sends to a conversation (`conversationId`, or `to` a user for 1:1);
 * every receiver's `message` pushes of this stream count as deliveries, keyed by seq.
 */
export function imStream(sender: ImConn, receivers: readonly ImConn[], target: { to: string } | { conversationId: string }, prefix: string): Stream {
  let events: StreamEvents;
  return {
    receivers: receivers.length,
    attach(e) {
      events = e;
      receivers.forEach((conn, r) => {
        conn.onPush = (packet, at) => {
          if (packet.op !== "message") return;
          const m = packet.d as Message;
          const i = indexOf(m.clientMsgId, prefix);
          if (i !== undefined) events.deliver(r, m.seq, i, at);
        };
      });
    },
    send(i) {
      sender.request("send", { ...target, clientMsgId: clientMsgId(prefix, i), type: "text", content: { text: TEXT } }).then(
        ({ packet, at }) => {
          if (packet.op === "ack") events.ack(i, (packet.d as SendAck).seq, at);
          else events.fail(i, `${packet.op}: ${JSON.stringify(packet.d).slice(0, 200)}`);
        },
        (err: Error) => events.fail(i, err.message),
      );
    },
  };
}

/**
 * The ceiling: frames `<op><i>|<body>`. The sender's own copy coming back is its ack
 * (echo, the room's broadcast, or the member object after the sequencer stored it).
 */
export function ceilingStream(sender: CeilingSocket, receivers: readonly CeilingSocket[], op: string): Stream {
  let events: StreamEvents;
  return {
    receivers: receivers.length,
    attach(e) {
      events = e;
      sender.onMessage = (text, at) => {
        const i = ceilingIndex(text);
        events.ack(i, i, at);
      };
      receivers.forEach((socket, r) => {
        socket.onMessage = (text, at) => {
          const i = ceilingIndex(text);
          events.deliver(r, i, i, at);
        };
      });
    },
    send(i) {
      sender.send(ceilingFrame(op, i));
    },
  };
}
