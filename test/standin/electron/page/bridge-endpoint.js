/* global document, CustomEvent */
/* eslint-disable @typescript-eslint/no-unused-expressions -- one function expression, inserted where page-scripts.ts names it */
// One end of the stand-in's contextBridge (the same code runs in the page's main world and in
// the preload's isolated world). The two worlds share the DOM but no objects, so values cross as
// JSON in CustomEvents on `document`: plain data is copied (undefined, Date and Error kept);
// functions and promises stay in their world and are called or awaited through ids. A call is
// answered inside the same synchronous dispatch, so a bridged function returns synchronously, as
// with Electron's contextBridge.
(function createBridgeEndpoint(outType, inType, onExpose) {
  const functions = new Map();
  const remotePromises = new Map();
  const returns = new Map();
  let nextId = 1;
  const send = (message) => document.dispatchEvent(new CustomEvent(outType, { detail: JSON.stringify(message) }));
  const errorText = (error) => (error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error));

  function encode(value, depth = 0) {
    if (depth > 50) throw new Error('An object could not be cloned (too deep).');
    if (value === undefined) return { t: 'u' };
    if (typeof value === 'function') {
      const id = nextId++;
      functions.set(id, value);
      return { t: 'f', id };
    }
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'symbol' || typeof value === 'bigint') throw new Error('An object could not be cloned.');
      return { t: 'v', v: value };
    }
    if (typeof value.then === 'function') {
      const id = nextId++;
      value.then(
        (result) => send({ kind: 'settle', id, ok: true, value: encode(result) }),
        (error) => send({ kind: 'settle', id, ok: false, error: errorText(error) }),
      );
      return { t: 'p', id };
    }
    if (value instanceof Date) return { t: 'd', v: value.getTime() };
    if (value instanceof Error) return { t: 'e', v: value.message };
    if (Array.isArray(value)) return { t: 'a', v: value.map((item) => encode(item, depth + 1)) };
    return { t: 'o', v: Object.keys(value).map((key) => [key, encode(value[key], depth + 1)]) };
  }

  function decode(node) {
    switch (node.t) {
      case 'u':
        return undefined;
      case 'v':
        return node.v;
      case 'd':
        return new Date(node.v);
      case 'e':
        return new Error(node.v);
      case 'a':
        return node.v.map(decode);
      case 'o':
        return Object.fromEntries(node.v.map(([key, value]) => [key, decode(value)]));
      case 'p':
        return new Promise((resolve, reject) => remotePromises.set(node.id, { resolve, reject }));
      case 'f':
        return function bridged(...args) {
          const callId = nextId++;
          send({ kind: 'call', id: node.id, callId, args: args.map((arg) => encode(arg)) });
          const reply = returns.get(callId);
          returns.delete(callId);
          if (!reply) throw new Error('electron stand-in: the other world did not answer');
          if ('error' in reply) throw new Error(reply.error);
          return decode(reply.value);
        };
      default:
        throw new Error(`electron stand-in: unknown bridge value ${node.t}`);
    }
  }

  document.addEventListener(inType, (event) => {
    const message = JSON.parse(event.detail);
    if (message.kind === 'expose') onExpose(message.key, decode(message.value));
    else if (message.kind === 'return') returns.set(message.callId, message);
    else if (message.kind === 'settle') {
      const pending = remotePromises.get(message.id);
      remotePromises.delete(message.id);
      if (pending && message.ok) pending.resolve(decode(message.value));
      else if (pending) pending.reject(new Error(message.error));
    } else if (message.kind === 'call') {
      const target = functions.get(message.id);
      let reply;
      try {
        if (!target) throw new Error('electron stand-in: that bridged function is gone');
        reply = { kind: 'return', callId: message.callId, value: encode(target(...message.args.map(decode))) };
      } catch (error) {
        reply = { kind: 'return', callId: message.callId, error: errorText(error) };
      }
      send(reply);
    }
  });

  return { expose: (key, value) => send({ kind: 'expose', key, value: encode(value) }) };
})
