/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const im = $root.im = (() => {

    const im = {};

    im.v1 = (function() {

        const v1 = {};

        v1.FileRef = (function() {

            const FileRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileRef.prototype.id = "";
            FileRef.prototype.name = "";
            FileRef.prototype.mime = "";
            FileRef.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            FileRef.prototype.width = 0;
            FileRef.prototype.height = 0;

            FileRef.create = function(properties) {
                return new FileRef(properties);
            };

            FileRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.mime != null && $Object.hasOwnProperty.call(message, "mime") && message.mime !== "")
                    writer.uint32(26).string(message.mime);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(32).int64(message.size);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(40).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(48).uint32(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.FileRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mime = value;
                            else
                                delete message.mime;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FileRef.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.FileRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.FileRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.FileRef();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.mime != null)
                    if (typeof object.mime !== "string" || object.mime.length)
                        message.mime = $String(object.mime);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, false);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                return message;
            };

            FileRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.mime = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.mime != null && $Object.hasOwnProperty.call(message, "mime"))
                    object.mime = message.mime;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                return object;
            };

            FileRef.prototype.toJSON = function() {
                return FileRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.FileRef";
            };

            return FileRef;
        })();

        v1.Content = (function() {

            const Content = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Content.prototype.text = "";
            Content.prototype.file = null;
            Content.prototype.data = "";

            Content.create = function(properties) {
                return new Content(properties);
            };

            Content.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(10).string(message.text);
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    $root.im.v1.FileRef.encode(message.file, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data !== "")
                    writer.uint32(26).string(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Content.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Content();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.file = $root.im.v1.FileRef.decode(reader, reader.size(), $undefined, _depth + 1, message.file);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Content.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Content)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Content: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Content();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.file != null) {
                    if (!$util.isObject(object.file))
                        throw $TypeError(".im.v1.Content.file: object expected");
                    message.file = $root.im.v1.FileRef.fromObject(object.file, _depth + 1);
                }
                if (object.data != null)
                    if (typeof object.data !== "string" || object.data.length)
                        message.data = $String(object.data);
                return message;
            };

            Content.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.text = "";
                    object.file = null;
                    object.data = "";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = $root.im.v1.FileRef.toObject(message.file, options, _depth + 1);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = message.data;
                return object;
            };

            Content.prototype.toJSON = function() {
                return Content.toObject(this, $protobuf.util.toJSONOptions);
            };

            Content.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Content";
            };

            return Content;
        })();

        v1.Message = (function() {

            const Message = function (properties) {
                this.mentions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Message.prototype.messageId = "";
            Message.prototype.conversationId = "";
            Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Message.prototype.senderId = "";
            Message.prototype.clientMsgId = "";
            Message.prototype.type = "";
            Message.prototype.content = null;
            Message.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Message.prototype.replyTo = "";
            Message.prototype.mentions = $util.emptyArray;
            Message.prototype.editedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Message.prototype.recalled = false;
            Message.prototype.targetId = "";
            Message.prototype.mentionAll = false;
            Message.prototype.system = null;
            Message.prototype.deleted = false;

            Message.create = function(properties) {
                return new Message(properties);
            };

            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(18).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(24).int64(message.seq);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(34).string(message.senderId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(42).string(message.clientMsgId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(50).string(message.type);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    $root.im.v1.Content.encode(message.content, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                    writer.uint32(64).int64(message.ts);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                    writer.uint32(74).string(message.replyTo);
                if (message.mentions != null && message.mentions.length)
                    for (let i = 0; i < message.mentions.length; ++i)
                        writer.uint32(82).string(message.mentions[i]);
                if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt") && (typeof message.editedAt === "object" ? message.editedAt.low || message.editedAt.high : message.editedAt !== 0))
                    writer.uint32(88).int64(message.editedAt);
                if (message.recalled != null && $Object.hasOwnProperty.call(message, "recalled") && message.recalled !== false)
                    writer.uint32(96).bool(message.recalled);
                if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== "")
                    writer.uint32(106).string(message.targetId);
                if (message.mentionAll != null && $Object.hasOwnProperty.call(message, "mentionAll") && message.mentionAll !== false)
                    writer.uint32(112).bool(message.mentionAll);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    $root.im.v1.SystemEvent.encode(message.system, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(128).bool(message.deleted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.content = $root.im.v1.Content.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts = value;
                            else
                                delete message.ts;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mentions && message.mentions.length))
                                message.mentions = [];
                            message.mentions.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.editedAt = value;
                            else
                                delete message.editedAt;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recalled = value;
                            else
                                delete message.recalled;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetId = value;
                            else
                                delete message.targetId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mentionAll = value;
                            else
                                delete message.mentionAll;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.system = $root.im.v1.SystemEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Message();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw $TypeError(".im.v1.Message.content: object expected");
                    message.content = $root.im.v1.Content.fromObject(object.content, _depth + 1);
                }
                if (object.ts != null)
                    if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                        if ($util.Long)
                            message.ts = $util.Long.fromValue(object.ts, false);
                        else if (typeof object.ts === "string")
                            message.ts = $parseInt(object.ts, 10);
                        else if (typeof object.ts === "number")
                            message.ts = object.ts;
                        else if (typeof object.ts === "object")
                            message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
                if (object.replyTo != null)
                    if (typeof object.replyTo !== "string" || object.replyTo.length)
                        message.replyTo = $String(object.replyTo);
                if (object.mentions) {
                    if (!$Array.isArray(object.mentions))
                        throw $TypeError(".im.v1.Message.mentions: array expected");
                    message.mentions = $Array(object.mentions.length);
                    for (let i = 0; i < object.mentions.length; ++i)
                        message.mentions[i] = $String(object.mentions[i]);
                }
                if (object.editedAt != null)
                    if (typeof object.editedAt === "object" ? object.editedAt.low || object.editedAt.high : $Number(object.editedAt) !== 0)
                        if ($util.Long)
                            message.editedAt = $util.Long.fromValue(object.editedAt, false);
                        else if (typeof object.editedAt === "string")
                            message.editedAt = $parseInt(object.editedAt, 10);
                        else if (typeof object.editedAt === "number")
                            message.editedAt = object.editedAt;
                        else if (typeof object.editedAt === "object")
                            message.editedAt = new $util.LongBits(object.editedAt.low >>> 0, object.editedAt.high >>> 0).toNumber();
                if (object.recalled != null)
                    if (object.recalled)
                        message.recalled = $Boolean(object.recalled);
                if (object.targetId != null)
                    if (typeof object.targetId !== "string" || object.targetId.length)
                        message.targetId = $String(object.targetId);
                if (object.mentionAll != null)
                    if (object.mentionAll)
                        message.mentionAll = $Boolean(object.mentionAll);
                if (object.system != null) {
                    if (!$util.isObject(object.system))
                        throw $TypeError(".im.v1.Message.system: object expected");
                    message.system = $root.im.v1.SystemEvent.fromObject(object.system, _depth + 1);
                }
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                return message;
            };

            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mentions = [];
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.senderId = "";
                    object.clientMsgId = "";
                    object.type = "";
                    object.content = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.replyTo = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.editedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.editedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.recalled = false;
                    object.targetId = "";
                    object.mentionAll = false;
                    object.system = null;
                    object.deleted = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.im.v1.Content.toObject(message.content, options, _depth + 1);
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                    else if (typeof message.ts === "number")
                        object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                    else
                        object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    object.replyTo = message.replyTo;
                if (message.mentions && message.mentions.length) {
                    object.mentions = $Array(message.mentions.length);
                    for (let j = 0; j < message.mentions.length; ++j)
                        object.mentions[j] = message.mentions[j];
                }
                if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.editedAt = typeof message.editedAt === "number" ? $BigInt(message.editedAt) : $util.Long.fromBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.editedAt === "number")
                        object.editedAt = options.longs === $String ? $String(message.editedAt) : message.editedAt;
                    else
                        object.editedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.editedAt) : options.longs === $Number ? new $util.LongBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0).toNumber() : message.editedAt;
                if (message.recalled != null && $Object.hasOwnProperty.call(message, "recalled"))
                    object.recalled = message.recalled;
                if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                    object.targetId = message.targetId;
                if (message.mentionAll != null && $Object.hasOwnProperty.call(message, "mentionAll"))
                    object.mentionAll = message.mentionAll;
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = $root.im.v1.SystemEvent.toObject(message.system, options, _depth + 1);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                return object;
            };

            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Message";
            };

            return Message;
        })();

        v1.GroupSettings = (function() {

            const GroupSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupSettings.prototype.name = null;
            GroupSettings.prototype.avatar = null;
            GroupSettings.prototype.notice = null;
            GroupSettings.prototype.joinPolicy = null;
            GroupSettings.prototype.historyVisibility = null;
            GroupSettings.prototype.muteAll = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_name", {
                get: $util.oneOfGetter($oneOfFields = ["name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_avatar", {
                get: $util.oneOfGetter($oneOfFields = ["avatar"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_notice", {
                get: $util.oneOfGetter($oneOfFields = ["notice"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_joinPolicy", {
                get: $util.oneOfGetter($oneOfFields = ["joinPolicy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_historyVisibility", {
                get: $util.oneOfGetter($oneOfFields = ["historyVisibility"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupSettings.prototype, "_muteAll", {
                get: $util.oneOfGetter($oneOfFields = ["muteAll"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            GroupSettings.create = function(properties) {
                return new GroupSettings(properties);
            };

            GroupSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(10).string(message.name);
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                    writer.uint32(18).string(message.avatar);
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    writer.uint32(26).string(message.notice);
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy"))
                    writer.uint32(34).string(message.joinPolicy);
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility"))
                    writer.uint32(42).string(message.historyVisibility);
                if (message.muteAll != null && $Object.hasOwnProperty.call(message, "muteAll"))
                    writer.uint32(48).bool(message.muteAll);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message._name = "name";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.avatar = reader.stringVerify();
                            message._avatar = "avatar";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.notice = reader.stringVerify();
                            message._notice = "notice";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.joinPolicy = reader.stringVerify();
                            message._joinPolicy = "joinPolicy";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.historyVisibility = reader.stringVerify();
                            message._historyVisibility = "historyVisibility";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.muteAll = reader.bool();
                            message._muteAll = "muteAll";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupSettings();
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.avatar != null)
                    message.avatar = $String(object.avatar);
                if (object.notice != null)
                    message.notice = $String(object.notice);
                if (object.joinPolicy != null)
                    message.joinPolicy = $String(object.joinPolicy);
                if (object.historyVisibility != null)
                    message.historyVisibility = $String(object.historyVisibility);
                if (object.muteAll != null)
                    message.muteAll = $Boolean(object.muteAll);
                return message;
            };

            GroupSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                    object.avatar = message.avatar;
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    object.notice = message.notice;
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy"))
                    object.joinPolicy = message.joinPolicy;
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility"))
                    object.historyVisibility = message.historyVisibility;
                if (message.muteAll != null && $Object.hasOwnProperty.call(message, "muteAll"))
                    object.muteAll = message.muteAll;
                return object;
            };

            GroupSettings.prototype.toJSON = function() {
                return GroupSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupSettings";
            };

            return GroupSettings;
        })();

        v1.SystemEvent = (function() {

            const SystemEvent = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SystemEvent.prototype.kind = "";
            SystemEvent.prototype.actorId = "";
            SystemEvent.prototype.userIds = $util.emptyArray;
            SystemEvent.prototype.role = "";
            SystemEvent.prototype.mutedUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            SystemEvent.prototype.settings = null;

            SystemEvent.create = function(properties) {
                return new SystemEvent(properties);
            };

            SystemEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(10).string(message.kind);
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId") && message.actorId !== "")
                    writer.uint32(18).string(message.actorId);
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(26).string(message.userIds[i]);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(34).string(message.role);
                if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil") && (typeof message.mutedUntil === "object" ? message.mutedUntil.low || message.mutedUntil.high : message.mutedUntil !== 0))
                    writer.uint32(40).int64(message.mutedUntil);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.im.v1.GroupSettings.encode(message.settings, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SystemEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SystemEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.actorId = value;
                            else
                                delete message.actorId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.mutedUntil = value;
                            else
                                delete message.mutedUntil;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.im.v1.GroupSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SystemEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SystemEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SystemEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SystemEvent();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.actorId != null)
                    if (typeof object.actorId !== "string" || object.actorId.length)
                        message.actorId = $String(object.actorId);
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".im.v1.SystemEvent.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.mutedUntil != null)
                    if (typeof object.mutedUntil === "object" ? object.mutedUntil.low || object.mutedUntil.high : $Number(object.mutedUntil) !== 0)
                        if ($util.Long)
                            message.mutedUntil = $util.Long.fromValue(object.mutedUntil, false);
                        else if (typeof object.mutedUntil === "string")
                            message.mutedUntil = $parseInt(object.mutedUntil, 10);
                        else if (typeof object.mutedUntil === "number")
                            message.mutedUntil = object.mutedUntil;
                        else if (typeof object.mutedUntil === "object")
                            message.mutedUntil = new $util.LongBits(object.mutedUntil.low >>> 0, object.mutedUntil.high >>> 0).toNumber();
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".im.v1.SystemEvent.settings: object expected");
                    message.settings = $root.im.v1.GroupSettings.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            SystemEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (options.defaults) {
                    object.kind = "";
                    object.actorId = "";
                    object.role = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.mutedUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mutedUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.settings = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.actorId != null && $Object.hasOwnProperty.call(message, "actorId"))
                    object.actorId = message.actorId;
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mutedUntil = typeof message.mutedUntil === "number" ? $BigInt(message.mutedUntil) : $util.Long.fromBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0, false).toBigInt();
                    else if (typeof message.mutedUntil === "number")
                        object.mutedUntil = options.longs === $String ? $String(message.mutedUntil) : message.mutedUntil;
                    else
                        object.mutedUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.mutedUntil) : options.longs === $Number ? new $util.LongBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0).toNumber() : message.mutedUntil;
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.im.v1.GroupSettings.toObject(message.settings, options, _depth + 1);
                return object;
            };

            SystemEvent.prototype.toJSON = function() {
                return SystemEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            SystemEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SystemEvent";
            };

            return SystemEvent;
        })();

        v1.ConversationState = (function() {

            const ConversationState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConversationState.prototype.conversationId = "";
            ConversationState.prototype.kind = "";
            ConversationState.prototype.peerId = "";
            ConversationState.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.unread = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.deliveredSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.lastMessage = null;
            ConversationState.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.pinned = false;
            ConversationState.prototype.muted = false;
            ConversationState.prototype.peerReadSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.peerDeliveredSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ConversationState.prototype.unreadMentions = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ConversationState.create = function(properties) {
                return new ConversationState(properties);
            };

            ConversationState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(18).string(message.kind);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(26).string(message.peerId);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(32).int64(message.lastSeq);
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                    writer.uint32(40).int64(message.readSeq);
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread") && (typeof message.unread === "object" ? message.unread.low || message.unread.high : message.unread !== 0))
                    writer.uint32(48).int64(message.unread);
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq") && (typeof message.deliveredSeq === "object" ? message.deliveredSeq.low || message.deliveredSeq.high : message.deliveredSeq !== 0))
                    writer.uint32(56).int64(message.deliveredSeq);
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage"))
                    $root.im.v1.Message.encode(message.lastMessage, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                    writer.uint32(72).int64(message.updatedAt);
                if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned") && message.pinned !== false)
                    writer.uint32(80).bool(message.pinned);
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted") && message.muted !== false)
                    writer.uint32(88).bool(message.muted);
                if (message.peerReadSeq != null && $Object.hasOwnProperty.call(message, "peerReadSeq") && (typeof message.peerReadSeq === "object" ? message.peerReadSeq.low || message.peerReadSeq.high : message.peerReadSeq !== 0))
                    writer.uint32(96).int64(message.peerReadSeq);
                if (message.peerDeliveredSeq != null && $Object.hasOwnProperty.call(message, "peerDeliveredSeq") && (typeof message.peerDeliveredSeq === "object" ? message.peerDeliveredSeq.low || message.peerDeliveredSeq.high : message.peerDeliveredSeq !== 0))
                    writer.uint32(104).int64(message.peerDeliveredSeq);
                if (message.unreadMentions != null && $Object.hasOwnProperty.call(message, "unreadMentions") && (typeof message.unreadMentions === "object" ? message.unreadMentions.low || message.unreadMentions.high : message.unreadMentions !== 0))
                    writer.uint32(112).int64(message.unreadMentions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConversationState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ConversationState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.readSeq = value;
                            else
                                delete message.readSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.unread = value;
                            else
                                delete message.unread;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveredSeq = value;
                            else
                                delete message.deliveredSeq;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.lastMessage = $root.im.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.lastMessage);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pinned = value;
                            else
                                delete message.pinned;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.muted = value;
                            else
                                delete message.muted;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.peerReadSeq = value;
                            else
                                delete message.peerReadSeq;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.peerDeliveredSeq = value;
                            else
                                delete message.peerDeliveredSeq;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.unreadMentions = value;
                            else
                                delete message.unreadMentions;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConversationState.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ConversationState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ConversationState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ConversationState();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, false);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber();
                if (object.readSeq != null)
                    if (typeof object.readSeq === "object" ? object.readSeq.low || object.readSeq.high : $Number(object.readSeq) !== 0)
                        if ($util.Long)
                            message.readSeq = $util.Long.fromValue(object.readSeq, false);
                        else if (typeof object.readSeq === "string")
                            message.readSeq = $parseInt(object.readSeq, 10);
                        else if (typeof object.readSeq === "number")
                            message.readSeq = object.readSeq;
                        else if (typeof object.readSeq === "object")
                            message.readSeq = new $util.LongBits(object.readSeq.low >>> 0, object.readSeq.high >>> 0).toNumber();
                if (object.unread != null)
                    if (typeof object.unread === "object" ? object.unread.low || object.unread.high : $Number(object.unread) !== 0)
                        if ($util.Long)
                            message.unread = $util.Long.fromValue(object.unread, false);
                        else if (typeof object.unread === "string")
                            message.unread = $parseInt(object.unread, 10);
                        else if (typeof object.unread === "number")
                            message.unread = object.unread;
                        else if (typeof object.unread === "object")
                            message.unread = new $util.LongBits(object.unread.low >>> 0, object.unread.high >>> 0).toNumber();
                if (object.deliveredSeq != null)
                    if (typeof object.deliveredSeq === "object" ? object.deliveredSeq.low || object.deliveredSeq.high : $Number(object.deliveredSeq) !== 0)
                        if ($util.Long)
                            message.deliveredSeq = $util.Long.fromValue(object.deliveredSeq, false);
                        else if (typeof object.deliveredSeq === "string")
                            message.deliveredSeq = $parseInt(object.deliveredSeq, 10);
                        else if (typeof object.deliveredSeq === "number")
                            message.deliveredSeq = object.deliveredSeq;
                        else if (typeof object.deliveredSeq === "object")
                            message.deliveredSeq = new $util.LongBits(object.deliveredSeq.low >>> 0, object.deliveredSeq.high >>> 0).toNumber();
                if (object.lastMessage != null) {
                    if (!$util.isObject(object.lastMessage))
                        throw $TypeError(".im.v1.ConversationState.lastMessage: object expected");
                    message.lastMessage = $root.im.v1.Message.fromObject(object.lastMessage, _depth + 1);
                }
                if (object.updatedAt != null)
                    if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                        if ($util.Long)
                            message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                        else if (typeof object.updatedAt === "string")
                            message.updatedAt = $parseInt(object.updatedAt, 10);
                        else if (typeof object.updatedAt === "number")
                            message.updatedAt = object.updatedAt;
                        else if (typeof object.updatedAt === "object")
                            message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                if (object.pinned != null)
                    if (object.pinned)
                        message.pinned = $Boolean(object.pinned);
                if (object.muted != null)
                    if (object.muted)
                        message.muted = $Boolean(object.muted);
                if (object.peerReadSeq != null)
                    if (typeof object.peerReadSeq === "object" ? object.peerReadSeq.low || object.peerReadSeq.high : $Number(object.peerReadSeq) !== 0)
                        if ($util.Long)
                            message.peerReadSeq = $util.Long.fromValue(object.peerReadSeq, false);
                        else if (typeof object.peerReadSeq === "string")
                            message.peerReadSeq = $parseInt(object.peerReadSeq, 10);
                        else if (typeof object.peerReadSeq === "number")
                            message.peerReadSeq = object.peerReadSeq;
                        else if (typeof object.peerReadSeq === "object")
                            message.peerReadSeq = new $util.LongBits(object.peerReadSeq.low >>> 0, object.peerReadSeq.high >>> 0).toNumber();
                if (object.peerDeliveredSeq != null)
                    if (typeof object.peerDeliveredSeq === "object" ? object.peerDeliveredSeq.low || object.peerDeliveredSeq.high : $Number(object.peerDeliveredSeq) !== 0)
                        if ($util.Long)
                            message.peerDeliveredSeq = $util.Long.fromValue(object.peerDeliveredSeq, false);
                        else if (typeof object.peerDeliveredSeq === "string")
                            message.peerDeliveredSeq = $parseInt(object.peerDeliveredSeq, 10);
                        else if (typeof object.peerDeliveredSeq === "number")
                            message.peerDeliveredSeq = object.peerDeliveredSeq;
                        else if (typeof object.peerDeliveredSeq === "object")
                            message.peerDeliveredSeq = new $util.LongBits(object.peerDeliveredSeq.low >>> 0, object.peerDeliveredSeq.high >>> 0).toNumber();
                if (object.unreadMentions != null)
                    if (typeof object.unreadMentions === "object" ? object.unreadMentions.low || object.unreadMentions.high : $Number(object.unreadMentions) !== 0)
                        if ($util.Long)
                            message.unreadMentions = $util.Long.fromValue(object.unreadMentions, false);
                        else if (typeof object.unreadMentions === "string")
                            message.unreadMentions = $parseInt(object.unreadMentions, 10);
                        else if (typeof object.unreadMentions === "number")
                            message.unreadMentions = object.unreadMentions;
                        else if (typeof object.unreadMentions === "object")
                            message.unreadMentions = new $util.LongBits(object.unreadMentions.low >>> 0, object.unreadMentions.high >>> 0).toNumber();
                return message;
            };

            ConversationState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.kind = "";
                    object.peerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.readSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.readSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.unread = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unread = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deliveredSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deliveredSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastMessage = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.pinned = false;
                    object.muted = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.peerReadSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.peerReadSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.peerDeliveredSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.peerDeliveredSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.unreadMentions = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unreadMentions = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber() : message.lastSeq;
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.readSeq = typeof message.readSeq === "number" ? $BigInt(message.readSeq) : $util.Long.fromBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.readSeq === "number")
                        object.readSeq = options.longs === $String ? $String(message.readSeq) : message.readSeq;
                    else
                        object.readSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.readSeq) : options.longs === $Number ? new $util.LongBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0).toNumber() : message.readSeq;
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unread = typeof message.unread === "number" ? $BigInt(message.unread) : $util.Long.fromBits(message.unread.low >>> 0, message.unread.high >>> 0, false).toBigInt();
                    else if (typeof message.unread === "number")
                        object.unread = options.longs === $String ? $String(message.unread) : message.unread;
                    else
                        object.unread = options.longs === $String ? $util.Long.prototype.toString.call(message.unread) : options.longs === $Number ? new $util.LongBits(message.unread.low >>> 0, message.unread.high >>> 0).toNumber() : message.unread;
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deliveredSeq = typeof message.deliveredSeq === "number" ? $BigInt(message.deliveredSeq) : $util.Long.fromBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.deliveredSeq === "number")
                        object.deliveredSeq = options.longs === $String ? $String(message.deliveredSeq) : message.deliveredSeq;
                    else
                        object.deliveredSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveredSeq) : options.longs === $Number ? new $util.LongBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0).toNumber() : message.deliveredSeq;
                if (message.lastMessage != null && $Object.hasOwnProperty.call(message, "lastMessage"))
                    object.lastMessage = $root.im.v1.Message.toObject(message.lastMessage, options, _depth + 1);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAt === "number")
                        object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                    else
                        object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                    object.pinned = message.pinned;
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                    object.muted = message.muted;
                if (message.peerReadSeq != null && $Object.hasOwnProperty.call(message, "peerReadSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.peerReadSeq = typeof message.peerReadSeq === "number" ? $BigInt(message.peerReadSeq) : $util.Long.fromBits(message.peerReadSeq.low >>> 0, message.peerReadSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.peerReadSeq === "number")
                        object.peerReadSeq = options.longs === $String ? $String(message.peerReadSeq) : message.peerReadSeq;
                    else
                        object.peerReadSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.peerReadSeq) : options.longs === $Number ? new $util.LongBits(message.peerReadSeq.low >>> 0, message.peerReadSeq.high >>> 0).toNumber() : message.peerReadSeq;
                if (message.peerDeliveredSeq != null && $Object.hasOwnProperty.call(message, "peerDeliveredSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.peerDeliveredSeq = typeof message.peerDeliveredSeq === "number" ? $BigInt(message.peerDeliveredSeq) : $util.Long.fromBits(message.peerDeliveredSeq.low >>> 0, message.peerDeliveredSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.peerDeliveredSeq === "number")
                        object.peerDeliveredSeq = options.longs === $String ? $String(message.peerDeliveredSeq) : message.peerDeliveredSeq;
                    else
                        object.peerDeliveredSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.peerDeliveredSeq) : options.longs === $Number ? new $util.LongBits(message.peerDeliveredSeq.low >>> 0, message.peerDeliveredSeq.high >>> 0).toNumber() : message.peerDeliveredSeq;
                if (message.unreadMentions != null && $Object.hasOwnProperty.call(message, "unreadMentions"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unreadMentions = typeof message.unreadMentions === "number" ? $BigInt(message.unreadMentions) : $util.Long.fromBits(message.unreadMentions.low >>> 0, message.unreadMentions.high >>> 0, false).toBigInt();
                    else if (typeof message.unreadMentions === "number")
                        object.unreadMentions = options.longs === $String ? $String(message.unreadMentions) : message.unreadMentions;
                    else
                        object.unreadMentions = options.longs === $String ? $util.Long.prototype.toString.call(message.unreadMentions) : options.longs === $Number ? new $util.LongBits(message.unreadMentions.low >>> 0, message.unreadMentions.high >>> 0).toNumber() : message.unreadMentions;
                return object;
            };

            ConversationState.prototype.toJSON = function() {
                return ConversationState.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConversationState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ConversationState";
            };

            return ConversationState;
        })();

        v1.Empty = (function() {

            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Empty.create = function(properties) {
                return new Empty(properties);
            };

            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Empty.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Empty)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Empty: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.im.v1.Empty();
            };

            Empty.toObject = function () {
                return {};
            };

            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            Empty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Empty";
            };

            return Empty;
        })();

        v1.Auth = (function() {

            const Auth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Auth.prototype.token = "";
            Auth.prototype.deviceId = "";

            Auth.create = function(properties) {
                return new Auth(properties);
            };

            Auth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(10).string(message.token);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(18).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Auth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Auth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Auth.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Auth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Auth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Auth();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                return message;
            };

            Auth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.deviceId = "";
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            Auth.prototype.toJSON = function() {
                return Auth.toObject(this, $protobuf.util.toJSONOptions);
            };

            Auth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Auth";
            };

            return Auth;
        })();

        v1.AuthOk = (function() {

            const AuthOk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthOk.prototype.userId = "";
            AuthOk.prototype.deviceId = "";
            AuthOk.prototype.sessionId = "";
            AuthOk.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            AuthOk.prototype.heartbeatMs = 0;
            AuthOk.prototype.maxFrameBytes = 0;
            AuthOk.prototype.compression = "";

            AuthOk.create = function(properties) {
                return new AuthOk(properties);
            };

            AuthOk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(18).string(message.deviceId);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(26).string(message.sessionId);
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                    writer.uint32(32).int64(message.serverTime);
                if (message.heartbeatMs != null && $Object.hasOwnProperty.call(message, "heartbeatMs") && message.heartbeatMs !== 0)
                    writer.uint32(40).uint32(message.heartbeatMs);
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes") && message.maxFrameBytes !== 0)
                    writer.uint32(48).uint32(message.maxFrameBytes);
                if (message.compression != null && $Object.hasOwnProperty.call(message, "compression") && message.compression !== "")
                    writer.uint32(58).string(message.compression);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthOk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.AuthOk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTime = value;
                            else
                                delete message.serverTime;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatMs = value;
                            else
                                delete message.heartbeatMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrameBytes = value;
                            else
                                delete message.maxFrameBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.compression = value;
                            else
                                delete message.compression;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthOk.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.AuthOk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.AuthOk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.AuthOk();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.serverTime != null)
                    if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                        if ($util.Long)
                            message.serverTime = $util.Long.fromValue(object.serverTime, false);
                        else if (typeof object.serverTime === "string")
                            message.serverTime = $parseInt(object.serverTime, 10);
                        else if (typeof object.serverTime === "number")
                            message.serverTime = object.serverTime;
                        else if (typeof object.serverTime === "object")
                            message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber();
                if (object.heartbeatMs != null)
                    if ($Number(object.heartbeatMs) !== 0)
                        message.heartbeatMs = object.heartbeatMs >>> 0;
                if (object.maxFrameBytes != null)
                    if ($Number(object.maxFrameBytes) !== 0)
                        message.maxFrameBytes = object.maxFrameBytes >>> 0;
                if (object.compression != null)
                    if (typeof object.compression !== "string" || object.compression.length)
                        message.compression = $String(object.compression);
                return message;
            };

            AuthOk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.deviceId = "";
                    object.sessionId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatMs = 0;
                    object.maxFrameBytes = 0;
                    object.compression = "";
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTime === "number")
                        object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                    else
                        object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber() : message.serverTime;
                if (message.heartbeatMs != null && $Object.hasOwnProperty.call(message, "heartbeatMs"))
                    object.heartbeatMs = message.heartbeatMs;
                if (message.maxFrameBytes != null && $Object.hasOwnProperty.call(message, "maxFrameBytes"))
                    object.maxFrameBytes = message.maxFrameBytes;
                if (message.compression != null && $Object.hasOwnProperty.call(message, "compression"))
                    object.compression = message.compression;
                return object;
            };

            AuthOk.prototype.toJSON = function() {
                return AuthOk.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthOk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.AuthOk";
            };

            return AuthOk;
        })();

        v1.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = "";
            Error.prototype.message = "";
            Error.prototype.status = 0;
            Error.prototype.retryable = false;
            Error.prototype.retryAfterMs = 0;

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(24).uint32(message.status);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(32).bool(message.retryable);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(40).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                if (object.retryAfterMs != null)
                    if ($Number(object.retryAfterMs) !== 0)
                        message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.status = 0;
                    object.retryable = false;
                    object.retryAfterMs = 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Error";
            };

            return Error;
        })();

        v1.SendRequest = (function() {

            const SendRequest = function (properties) {
                this.mentions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SendRequest.prototype.conversationId = "";
            SendRequest.prototype.to = "";
            SendRequest.prototype.clientMsgId = "";
            SendRequest.prototype.type = "";
            SendRequest.prototype.content = null;
            SendRequest.prototype.replyTo = "";
            SendRequest.prototype.mentions = $util.emptyArray;
            SendRequest.prototype.mentionAll = false;

            SendRequest.create = function(properties) {
                return new SendRequest(properties);
            };

            SendRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(18).string(message.to);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(26).string(message.clientMsgId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(34).string(message.type);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    $root.im.v1.Content.encode(message.content, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                    writer.uint32(50).string(message.replyTo);
                if (message.mentions != null && message.mentions.length)
                    for (let i = 0; i < message.mentions.length; ++i)
                        writer.uint32(58).string(message.mentions[i]);
                if (message.mentionAll != null && $Object.hasOwnProperty.call(message, "mentionAll") && message.mentionAll !== false)
                    writer.uint32(64).bool(message.mentionAll);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SendRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SendRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.content = $root.im.v1.Content.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mentions && message.mentions.length))
                                message.mentions = [];
                            message.mentions.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mentionAll = value;
                            else
                                delete message.mentionAll;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SendRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SendRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SendRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SendRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw $TypeError(".im.v1.SendRequest.content: object expected");
                    message.content = $root.im.v1.Content.fromObject(object.content, _depth + 1);
                }
                if (object.replyTo != null)
                    if (typeof object.replyTo !== "string" || object.replyTo.length)
                        message.replyTo = $String(object.replyTo);
                if (object.mentions) {
                    if (!$Array.isArray(object.mentions))
                        throw $TypeError(".im.v1.SendRequest.mentions: array expected");
                    message.mentions = $Array(object.mentions.length);
                    for (let i = 0; i < object.mentions.length; ++i)
                        message.mentions[i] = $String(object.mentions[i]);
                }
                if (object.mentionAll != null)
                    if (object.mentionAll)
                        message.mentionAll = $Boolean(object.mentionAll);
                return message;
            };

            SendRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mentions = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.to = "";
                    object.clientMsgId = "";
                    object.type = "";
                    object.content = null;
                    object.replyTo = "";
                    object.mentionAll = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.im.v1.Content.toObject(message.content, options, _depth + 1);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    object.replyTo = message.replyTo;
                if (message.mentions && message.mentions.length) {
                    object.mentions = $Array(message.mentions.length);
                    for (let j = 0; j < message.mentions.length; ++j)
                        object.mentions[j] = message.mentions[j];
                }
                if (message.mentionAll != null && $Object.hasOwnProperty.call(message, "mentionAll"))
                    object.mentionAll = message.mentionAll;
                return object;
            };

            SendRequest.prototype.toJSON = function() {
                return SendRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SendRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SendRequest";
            };

            return SendRequest;
        })();

        v1.SendAck = (function() {

            const SendAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SendAck.prototype.messageId = "";
            SendAck.prototype.conversationId = "";
            SendAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            SendAck.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            SendAck.prototype.clientMsgId = "";
            SendAck.prototype.duplicate = false;

            SendAck.create = function(properties) {
                return new SendAck(properties);
            };

            SendAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(10).string(message.messageId);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(18).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(24).int64(message.seq);
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                    writer.uint32(32).int64(message.ts);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(42).string(message.clientMsgId);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(48).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SendAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SendAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts = value;
                            else
                                delete message.ts;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SendAck.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SendAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SendAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SendAck();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                if (object.ts != null)
                    if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                        if ($util.Long)
                            message.ts = $util.Long.fromValue(object.ts, false);
                        else if (typeof object.ts === "string")
                            message.ts = $parseInt(object.ts, 10);
                        else if (typeof object.ts === "number")
                            message.ts = object.ts;
                        else if (typeof object.ts === "object")
                            message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                return message;
            };

            SendAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientMsgId = "";
                    object.duplicate = false;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                    else if (typeof message.ts === "number")
                        object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                    else
                        object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                return object;
            };

            SendAck.prototype.toJSON = function() {
                return SendAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            SendAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SendAck";
            };

            return SendAck;
        })();

        v1.SeqMark = (function() {

            const SeqMark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SeqMark.prototype.conversationId = "";
            SeqMark.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            SeqMark.create = function(properties) {
                return new SeqMark(properties);
            };

            SeqMark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).int64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SeqMark.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SeqMark();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SeqMark.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SeqMark)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SeqMark: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SeqMark();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                return message;
            };

            SeqMark.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                return object;
            };

            SeqMark.prototype.toJSON = function() {
                return SeqMark.toObject(this, $protobuf.util.toJSONOptions);
            };

            SeqMark.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SeqMark";
            };

            return SeqMark;
        })();

        v1.SyncRequest = (function() {

            const SyncRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncRequest.prototype.token = "";
            SyncRequest.prototype.limit = 0;

            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(10).string(message.token);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SyncRequest();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.limit = 0;
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SyncRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SyncRequest";
            };

            return SyncRequest;
        })();

        v1.SyncResult = (function() {

            const SyncResult = function (properties) {
                this.conversations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncResult.prototype.token = "";
            SyncResult.prototype.conversations = $util.emptyArray;
            SyncResult.prototype.reset = false;
            SyncResult.prototype.hasMore = false;

            SyncResult.create = function(properties) {
                return new SyncResult(properties);
            };

            SyncResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(10).string(message.token);
                if (message.conversations != null && message.conversations.length)
                    for (let i = 0; i < message.conversations.length; ++i)
                        $root.im.v1.ConversationState.encode(message.conversations[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset") && message.reset !== false)
                    writer.uint32(24).bool(message.reset);
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(32).bool(message.hasMore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SyncResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversations && message.conversations.length))
                                message.conversations = [];
                            message.conversations.push($root.im.v1.ConversationState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reset = value;
                            else
                                delete message.reset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SyncResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SyncResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SyncResult();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.conversations) {
                    if (!$Array.isArray(object.conversations))
                        throw $TypeError(".im.v1.SyncResult.conversations: array expected");
                    message.conversations = $Array(object.conversations.length);
                    for (let i = 0; i < object.conversations.length; ++i) {
                        if (!$util.isObject(object.conversations[i]))
                            throw $TypeError(".im.v1.SyncResult.conversations: object expected");
                        message.conversations[i] = $root.im.v1.ConversationState.fromObject(object.conversations[i], _depth + 1);
                    }
                }
                if (object.reset != null)
                    if (object.reset)
                        message.reset = $Boolean(object.reset);
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                return message;
            };

            SyncResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conversations = [];
                if (options.defaults) {
                    object.token = "";
                    object.reset = false;
                    object.hasMore = false;
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.conversations && message.conversations.length) {
                    object.conversations = $Array(message.conversations.length);
                    for (let j = 0; j < message.conversations.length; ++j)
                        object.conversations[j] = $root.im.v1.ConversationState.toObject(message.conversations[j], options, _depth + 1);
                }
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    object.reset = message.reset;
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                return object;
            };

            SyncResult.prototype.toJSON = function() {
                return SyncResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            SyncResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SyncResult";
            };

            return SyncResult;
        })();

        v1.HistoryRequest = (function() {

            const HistoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryRequest.prototype.conversationId = "";
            HistoryRequest.prototype.afterSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HistoryRequest.prototype.beforeSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HistoryRequest.prototype.limit = 0;

            HistoryRequest.create = function(properties) {
                return new HistoryRequest(properties);
            };

            HistoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq") && (typeof message.afterSeq === "object" ? message.afterSeq.low || message.afterSeq.high : message.afterSeq !== 0))
                    writer.uint32(16).int64(message.afterSeq);
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq") && (typeof message.beforeSeq === "object" ? message.beforeSeq.low || message.beforeSeq.high : message.beforeSeq !== 0))
                    writer.uint32(24).int64(message.beforeSeq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(32).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.HistoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.afterSeq = value;
                            else
                                delete message.afterSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.beforeSeq = value;
                            else
                                delete message.beforeSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.HistoryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.HistoryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.HistoryRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.afterSeq != null)
                    if (typeof object.afterSeq === "object" ? object.afterSeq.low || object.afterSeq.high : $Number(object.afterSeq) !== 0)
                        if ($util.Long)
                            message.afterSeq = $util.Long.fromValue(object.afterSeq, false);
                        else if (typeof object.afterSeq === "string")
                            message.afterSeq = $parseInt(object.afterSeq, 10);
                        else if (typeof object.afterSeq === "number")
                            message.afterSeq = object.afterSeq;
                        else if (typeof object.afterSeq === "object")
                            message.afterSeq = new $util.LongBits(object.afterSeq.low >>> 0, object.afterSeq.high >>> 0).toNumber();
                if (object.beforeSeq != null)
                    if (typeof object.beforeSeq === "object" ? object.beforeSeq.low || object.beforeSeq.high : $Number(object.beforeSeq) !== 0)
                        if ($util.Long)
                            message.beforeSeq = $util.Long.fromValue(object.beforeSeq, false);
                        else if (typeof object.beforeSeq === "string")
                            message.beforeSeq = $parseInt(object.beforeSeq, 10);
                        else if (typeof object.beforeSeq === "number")
                            message.beforeSeq = object.beforeSeq;
                        else if (typeof object.beforeSeq === "object")
                            message.beforeSeq = new $util.LongBits(object.beforeSeq.low >>> 0, object.beforeSeq.high >>> 0).toNumber();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            HistoryRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.afterSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.afterSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.beforeSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.beforeSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.afterSeq != null && $Object.hasOwnProperty.call(message, "afterSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.afterSeq = typeof message.afterSeq === "number" ? $BigInt(message.afterSeq) : $util.Long.fromBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.afterSeq === "number")
                        object.afterSeq = options.longs === $String ? $String(message.afterSeq) : message.afterSeq;
                    else
                        object.afterSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.afterSeq) : options.longs === $Number ? new $util.LongBits(message.afterSeq.low >>> 0, message.afterSeq.high >>> 0).toNumber() : message.afterSeq;
                if (message.beforeSeq != null && $Object.hasOwnProperty.call(message, "beforeSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beforeSeq = typeof message.beforeSeq === "number" ? $BigInt(message.beforeSeq) : $util.Long.fromBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.beforeSeq === "number")
                        object.beforeSeq = options.longs === $String ? $String(message.beforeSeq) : message.beforeSeq;
                    else
                        object.beforeSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.beforeSeq) : options.longs === $Number ? new $util.LongBits(message.beforeSeq.low >>> 0, message.beforeSeq.high >>> 0).toNumber() : message.beforeSeq;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            HistoryRequest.prototype.toJSON = function() {
                return HistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            HistoryRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.HistoryRequest";
            };

            return HistoryRequest;
        })();

        v1.HistoryResult = (function() {

            const HistoryResult = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryResult.prototype.conversationId = "";
            HistoryResult.prototype.messages = $util.emptyArray;
            HistoryResult.prototype.hasMore = false;
            HistoryResult.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            HistoryResult.create = function(properties) {
                return new HistoryResult(properties);
            };

            HistoryResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.im.v1.Message.encode(message.messages[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore") && message.hasMore !== false)
                    writer.uint32(24).bool(message.hasMore);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(32).int64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.HistoryResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.im.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasMore = value;
                            else
                                delete message.hasMore;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.HistoryResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.HistoryResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.HistoryResult();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".im.v1.HistoryResult.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".im.v1.HistoryResult.messages: object expected");
                        message.messages[i] = $root.im.v1.Message.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.hasMore != null)
                    if (object.hasMore)
                        message.hasMore = $Boolean(object.hasMore);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, false);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber();
                return message;
            };

            HistoryResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.hasMore = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.im.v1.Message.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.hasMore != null && $Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber() : message.lastSeq;
                return object;
            };

            HistoryResult.prototype.toJSON = function() {
                return HistoryResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            HistoryResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.HistoryResult";
            };

            return HistoryResult;
        })();

        v1.Typing = (function() {

            const Typing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Typing.prototype.conversationId = "";
            Typing.prototype.userId = "";
            Typing.prototype.stop = false;
            Typing.prototype.ttlMs = 0;

            Typing.create = function(properties) {
                return new Typing(properties);
            };

            Typing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(18).string(message.userId);
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop") && message.stop !== false)
                    writer.uint32(24).bool(message.stop);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(32).uint32(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Typing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Typing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stop = value;
                            else
                                delete message.stop;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Typing.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Typing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Typing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Typing();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.stop != null)
                    if (object.stop)
                        message.stop = $Boolean(object.stop);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                return message;
            };

            Typing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    object.stop = false;
                    object.ttlMs = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop"))
                    object.stop = message.stop;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                return object;
            };

            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            Typing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Typing";
            };

            return Typing;
        })();

        v1.Presence = (function() {

            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Presence.prototype.userId = "";
            Presence.prototype.online = false;
            Presence.prototype.lastSeen = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            Presence.create = function(properties) {
                return new Presence(properties);
            };

            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(10).string(message.userId);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(16).bool(message.online);
                if (message.lastSeen != null && $Object.hasOwnProperty.call(message, "lastSeen") && (typeof message.lastSeen === "object" ? message.lastSeen.low || message.lastSeen.high : message.lastSeen !== 0))
                    writer.uint32(24).int64(message.lastSeen);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeen = value;
                            else
                                delete message.lastSeen;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Presence();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.lastSeen != null)
                    if (typeof object.lastSeen === "object" ? object.lastSeen.low || object.lastSeen.high : $Number(object.lastSeen) !== 0)
                        if ($util.Long)
                            message.lastSeen = $util.Long.fromValue(object.lastSeen, false);
                        else if (typeof object.lastSeen === "string")
                            message.lastSeen = $parseInt(object.lastSeen, 10);
                        else if (typeof object.lastSeen === "number")
                            message.lastSeen = object.lastSeen;
                        else if (typeof object.lastSeen === "object")
                            message.lastSeen = new $util.LongBits(object.lastSeen.low >>> 0, object.lastSeen.high >>> 0).toNumber();
                return message;
            };

            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeen = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeen = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.lastSeen != null && $Object.hasOwnProperty.call(message, "lastSeen"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeen = typeof message.lastSeen === "number" ? $BigInt(message.lastSeen) : $util.Long.fromBits(message.lastSeen.low >>> 0, message.lastSeen.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeen === "number")
                        object.lastSeen = options.longs === $String ? $String(message.lastSeen) : message.lastSeen;
                    else
                        object.lastSeen = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeen) : options.longs === $Number ? new $util.LongBits(message.lastSeen.low >>> 0, message.lastSeen.high >>> 0).toNumber() : message.lastSeen;
                return object;
            };

            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Presence";
            };

            return Presence;
        })();

        v1.PresenceQuery = (function() {

            const PresenceQuery = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PresenceQuery.prototype.userIds = $util.emptyArray;

            PresenceQuery.create = function(properties) {
                return new PresenceQuery(properties);
            };

            PresenceQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(10).string(message.userIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PresenceQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PresenceQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PresenceQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PresenceQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PresenceQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PresenceQuery();
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".im.v1.PresenceQuery.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                return message;
            };

            PresenceQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                return object;
            };

            PresenceQuery.prototype.toJSON = function() {
                return PresenceQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            PresenceQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PresenceQuery";
            };

            return PresenceQuery;
        })();

        v1.PresenceResult = (function() {

            const PresenceResult = function (properties) {
                this.presences = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PresenceResult.prototype.presences = $util.emptyArray;

            PresenceResult.create = function(properties) {
                return new PresenceResult(properties);
            };

            PresenceResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presences != null && message.presences.length)
                    for (let i = 0; i < message.presences.length; ++i)
                        $root.im.v1.Presence.encode(message.presences[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PresenceResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PresenceResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.presences && message.presences.length))
                                message.presences = [];
                            message.presences.push($root.im.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PresenceResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PresenceResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PresenceResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PresenceResult();
                if (object.presences) {
                    if (!$Array.isArray(object.presences))
                        throw $TypeError(".im.v1.PresenceResult.presences: array expected");
                    message.presences = $Array(object.presences.length);
                    for (let i = 0; i < object.presences.length; ++i) {
                        if (!$util.isObject(object.presences[i]))
                            throw $TypeError(".im.v1.PresenceResult.presences: object expected");
                        message.presences[i] = $root.im.v1.Presence.fromObject(object.presences[i], _depth + 1);
                    }
                }
                return message;
            };

            PresenceResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.presences = [];
                if (message.presences && message.presences.length) {
                    object.presences = $Array(message.presences.length);
                    for (let j = 0; j < message.presences.length; ++j)
                        object.presences[j] = $root.im.v1.Presence.toObject(message.presences[j], options, _depth + 1);
                }
                return object;
            };

            PresenceResult.prototype.toJSON = function() {
                return PresenceResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            PresenceResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PresenceResult";
            };

            return PresenceResult;
        })();

        v1.Receipt = (function() {

            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Receipt.prototype.conversationId = "";
            Receipt.prototype.userId = "";
            Receipt.prototype.readSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Receipt.prototype.deliveredSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(18).string(message.userId);
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq") && (typeof message.readSeq === "object" ? message.readSeq.low || message.readSeq.high : message.readSeq !== 0))
                    writer.uint32(24).int64(message.readSeq);
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq") && (typeof message.deliveredSeq === "object" ? message.deliveredSeq.low || message.deliveredSeq.high : message.deliveredSeq !== 0))
                    writer.uint32(32).int64(message.deliveredSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.readSeq = value;
                            else
                                delete message.readSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveredSeq = value;
                            else
                                delete message.deliveredSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Receipt();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.readSeq != null)
                    if (typeof object.readSeq === "object" ? object.readSeq.low || object.readSeq.high : $Number(object.readSeq) !== 0)
                        if ($util.Long)
                            message.readSeq = $util.Long.fromValue(object.readSeq, false);
                        else if (typeof object.readSeq === "string")
                            message.readSeq = $parseInt(object.readSeq, 10);
                        else if (typeof object.readSeq === "number")
                            message.readSeq = object.readSeq;
                        else if (typeof object.readSeq === "object")
                            message.readSeq = new $util.LongBits(object.readSeq.low >>> 0, object.readSeq.high >>> 0).toNumber();
                if (object.deliveredSeq != null)
                    if (typeof object.deliveredSeq === "object" ? object.deliveredSeq.low || object.deliveredSeq.high : $Number(object.deliveredSeq) !== 0)
                        if ($util.Long)
                            message.deliveredSeq = $util.Long.fromValue(object.deliveredSeq, false);
                        else if (typeof object.deliveredSeq === "string")
                            message.deliveredSeq = $parseInt(object.deliveredSeq, 10);
                        else if (typeof object.deliveredSeq === "number")
                            message.deliveredSeq = object.deliveredSeq;
                        else if (typeof object.deliveredSeq === "object")
                            message.deliveredSeq = new $util.LongBits(object.deliveredSeq.low >>> 0, object.deliveredSeq.high >>> 0).toNumber();
                return message;
            };

            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.readSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.readSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deliveredSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deliveredSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.readSeq != null && $Object.hasOwnProperty.call(message, "readSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.readSeq = typeof message.readSeq === "number" ? $BigInt(message.readSeq) : $util.Long.fromBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.readSeq === "number")
                        object.readSeq = options.longs === $String ? $String(message.readSeq) : message.readSeq;
                    else
                        object.readSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.readSeq) : options.longs === $Number ? new $util.LongBits(message.readSeq.low >>> 0, message.readSeq.high >>> 0).toNumber() : message.readSeq;
                if (message.deliveredSeq != null && $Object.hasOwnProperty.call(message, "deliveredSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deliveredSeq = typeof message.deliveredSeq === "number" ? $BigInt(message.deliveredSeq) : $util.Long.fromBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.deliveredSeq === "number")
                        object.deliveredSeq = options.longs === $String ? $String(message.deliveredSeq) : message.deliveredSeq;
                    else
                        object.deliveredSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveredSeq) : options.longs === $Number ? new $util.LongBits(message.deliveredSeq.low >>> 0, message.deliveredSeq.high >>> 0).toNumber() : message.deliveredSeq;
                return object;
            };

            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Receipt";
            };

            return Receipt;
        })();

        v1.ReceiptsRequest = (function() {

            const ReceiptsRequest = function (properties) {
                this.seqs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptsRequest.prototype.conversationId = "";
            ReceiptsRequest.prototype.seqs = $util.emptyArray;

            ReceiptsRequest.create = function(properties) {
                return new ReceiptsRequest(properties);
            };

            ReceiptsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.seqs != null && message.seqs.length)
                    writer.uint32(18).int64s(message.seqs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReceiptsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.seqs && message.seqs.length))
                                    message.seqs = [];
                                reader.int64s(message.seqs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seqs && message.seqs.length))
                                message.seqs = [];
                            message.seqs.push(reader.int64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReceiptsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReceiptsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReceiptsRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seqs) {
                    if (!$Array.isArray(object.seqs))
                        throw $TypeError(".im.v1.ReceiptsRequest.seqs: array expected");
                    message.seqs = $Array(object.seqs.length);
                    for (let i = 0; i < object.seqs.length; ++i)
                        if ($util.Long)
                            message.seqs[i] = $util.Long.fromValue(object.seqs[i], false);
                        else if (typeof object.seqs[i] === "string")
                            message.seqs[i] = $parseInt(object.seqs[i], 10);
                        else if (typeof object.seqs[i] === "number")
                            message.seqs[i] = object.seqs[i];
                        else if (typeof object.seqs[i] === "object")
                            message.seqs[i] = new $util.LongBits(object.seqs[i].low >>> 0, object.seqs[i].high >>> 0).toNumber();
                }
                return message;
            };

            ReceiptsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.seqs = [];
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seqs && message.seqs.length) {
                    object.seqs = $Array(message.seqs.length);
                    for (let j = 0; j < message.seqs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seqs[j] = typeof message.seqs[j] === "number" ? $BigInt(message.seqs[j]) : $util.Long.fromBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0, false).toBigInt();
                        else if (typeof message.seqs[j] === "number")
                            object.seqs[j] = options.longs === $String ? $String(message.seqs[j]) : message.seqs[j];
                        else
                            object.seqs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.seqs[j]) : options.longs === $Number ? new $util.LongBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0).toNumber() : message.seqs[j];
                }
                return object;
            };

            ReceiptsRequest.prototype.toJSON = function() {
                return ReceiptsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReceiptsRequest";
            };

            return ReceiptsRequest;
        })();

        v1.ReadCount = (function() {

            const ReadCount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadCount.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ReadCount.prototype.readBy = 0;

            ReadCount.create = function(properties) {
                return new ReadCount(properties);
            };

            ReadCount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).int64(message.seq);
                if (message.readBy != null && $Object.hasOwnProperty.call(message, "readBy") && message.readBy !== 0)
                    writer.uint32(16).uint32(message.readBy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadCount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadCount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.readBy = value;
                            else
                                delete message.readBy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadCount.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadCount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadCount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadCount();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                if (object.readBy != null)
                    if ($Number(object.readBy) !== 0)
                        message.readBy = object.readBy >>> 0;
                return message;
            };

            ReadCount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.readBy = 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                if (message.readBy != null && $Object.hasOwnProperty.call(message, "readBy"))
                    object.readBy = message.readBy;
                return object;
            };

            ReadCount.prototype.toJSON = function() {
                return ReadCount.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadCount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadCount";
            };

            return ReadCount;
        })();

        v1.ReceiptsResult = (function() {

            const ReceiptsResult = function (properties) {
                this.receipts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptsResult.prototype.conversationId = "";
            ReceiptsResult.prototype.memberCount = 0;
            ReceiptsResult.prototype.receipts = $util.emptyArray;

            ReceiptsResult.create = function(properties) {
                return new ReceiptsResult(properties);
            };

            ReceiptsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount") && message.memberCount !== 0)
                    writer.uint32(16).uint32(message.memberCount);
                if (message.receipts != null && message.receipts.length)
                    for (let i = 0; i < message.receipts.length; ++i)
                        $root.im.v1.ReadCount.encode(message.receipts[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReceiptsResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memberCount = value;
                            else
                                delete message.memberCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.receipts && message.receipts.length))
                                message.receipts = [];
                            message.receipts.push($root.im.v1.ReadCount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptsResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReceiptsResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReceiptsResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReceiptsResult();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.memberCount != null)
                    if ($Number(object.memberCount) !== 0)
                        message.memberCount = object.memberCount >>> 0;
                if (object.receipts) {
                    if (!$Array.isArray(object.receipts))
                        throw $TypeError(".im.v1.ReceiptsResult.receipts: array expected");
                    message.receipts = $Array(object.receipts.length);
                    for (let i = 0; i < object.receipts.length; ++i) {
                        if (!$util.isObject(object.receipts[i]))
                            throw $TypeError(".im.v1.ReceiptsResult.receipts: object expected");
                        message.receipts[i] = $root.im.v1.ReadCount.fromObject(object.receipts[i], _depth + 1);
                    }
                }
                return message;
            };

            ReceiptsResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.receipts = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.memberCount = 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount"))
                    object.memberCount = message.memberCount;
                if (message.receipts && message.receipts.length) {
                    object.receipts = $Array(message.receipts.length);
                    for (let j = 0; j < message.receipts.length; ++j)
                        object.receipts[j] = $root.im.v1.ReadCount.toObject(message.receipts[j], options, _depth + 1);
                }
                return object;
            };

            ReceiptsResult.prototype.toJSON = function() {
                return ReceiptsResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReceiptsResult";
            };

            return ReceiptsResult;
        })();

        v1.ReadersRequest = (function() {

            const ReadersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadersRequest.prototype.conversationId = "";
            ReadersRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ReadersRequest.create = function(properties) {
                return new ReadersRequest(properties);
            };

            ReadersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).int64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadersRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                return message;
            };

            ReadersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                return object;
            };

            ReadersRequest.prototype.toJSON = function() {
                return ReadersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadersRequest";
            };

            return ReadersRequest;
        })();

        v1.ReadersResult = (function() {

            const ReadersResult = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadersResult.prototype.conversationId = "";
            ReadersResult.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ReadersResult.prototype.readBy = 0;
            ReadersResult.prototype.listed = false;
            ReadersResult.prototype.userIds = $util.emptyArray;

            ReadersResult.create = function(properties) {
                return new ReadersResult(properties);
            };

            ReadersResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).int64(message.seq);
                if (message.readBy != null && $Object.hasOwnProperty.call(message, "readBy") && message.readBy !== 0)
                    writer.uint32(24).uint32(message.readBy);
                if (message.listed != null && $Object.hasOwnProperty.call(message, "listed") && message.listed !== false)
                    writer.uint32(32).bool(message.listed);
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(42).string(message.userIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadersResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadersResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.readBy = value;
                            else
                                delete message.readBy;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.listed = value;
                            else
                                delete message.listed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadersResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadersResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadersResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadersResult();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                if (object.readBy != null)
                    if ($Number(object.readBy) !== 0)
                        message.readBy = object.readBy >>> 0;
                if (object.listed != null)
                    if (object.listed)
                        message.listed = $Boolean(object.listed);
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".im.v1.ReadersResult.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                return message;
            };

            ReadersResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.readBy = 0;
                    object.listed = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                if (message.readBy != null && $Object.hasOwnProperty.call(message, "readBy"))
                    object.readBy = message.readBy;
                if (message.listed != null && $Object.hasOwnProperty.call(message, "listed"))
                    object.listed = message.listed;
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                return object;
            };

            ReadersResult.prototype.toJSON = function() {
                return ReadersResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadersResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadersResult";
            };

            return ReadersResult;
        })();

        v1.EditRequest = (function() {

            const EditRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditRequest.prototype.conversationId = "";
            EditRequest.prototype.messageId = "";
            EditRequest.prototype.clientMsgId = "";
            EditRequest.prototype.content = null;

            EditRequest.create = function(properties) {
                return new EditRequest(properties);
            };

            EditRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(18).string(message.messageId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(26).string(message.clientMsgId);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    $root.im.v1.Content.encode(message.content, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.content = $root.im.v1.Content.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw $TypeError(".im.v1.EditRequest.content: object expected");
                    message.content = $root.im.v1.Content.fromObject(object.content, _depth + 1);
                }
                return message;
            };

            EditRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.clientMsgId = "";
                    object.content = null;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.im.v1.Content.toObject(message.content, options, _depth + 1);
                return object;
            };

            EditRequest.prototype.toJSON = function() {
                return EditRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditRequest";
            };

            return EditRequest;
        })();

        v1.RecallRequest = (function() {

            const RecallRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecallRequest.prototype.conversationId = "";
            RecallRequest.prototype.messageId = "";
            RecallRequest.prototype.clientMsgId = "";

            RecallRequest.create = function(properties) {
                return new RecallRequest(properties);
            };

            RecallRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(18).string(message.messageId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(26).string(message.clientMsgId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecallRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.RecallRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecallRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.RecallRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.RecallRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.RecallRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.clientMsgId != null)
                    if (typeof object.clientMsgId !== "string" || object.clientMsgId.length)
                        message.clientMsgId = $String(object.clientMsgId);
                return message;
            };

            RecallRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                    object.clientMsgId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId"))
                    object.clientMsgId = message.clientMsgId;
                return object;
            };

            RecallRequest.prototype.toJSON = function() {
                return RecallRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RecallRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.RecallRequest";
            };

            return RecallRequest;
        })();

        v1.DeleteForMe = (function() {

            const DeleteForMe = function (properties) {
                this.messageIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeleteForMe.prototype.conversationId = "";
            DeleteForMe.prototype.messageIds = $util.emptyArray;

            DeleteForMe.create = function(properties) {
                return new DeleteForMe(properties);
            };

            DeleteForMe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messageIds != null && message.messageIds.length)
                    for (let i = 0; i < message.messageIds.length; ++i)
                        writer.uint32(18).string(message.messageIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeleteForMe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.DeleteForMe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messageIds && message.messageIds.length))
                                message.messageIds = [];
                            message.messageIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeleteForMe.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.DeleteForMe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.DeleteForMe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.DeleteForMe();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageIds) {
                    if (!$Array.isArray(object.messageIds))
                        throw $TypeError(".im.v1.DeleteForMe.messageIds: array expected");
                    message.messageIds = $Array(object.messageIds.length);
                    for (let i = 0; i < object.messageIds.length; ++i)
                        message.messageIds[i] = $String(object.messageIds[i]);
                }
                return message;
            };

            DeleteForMe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messageIds = [];
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageIds && message.messageIds.length) {
                    object.messageIds = $Array(message.messageIds.length);
                    for (let j = 0; j < message.messageIds.length; ++j)
                        object.messageIds[j] = message.messageIds[j];
                }
                return object;
            };

            DeleteForMe.prototype.toJSON = function() {
                return DeleteForMe.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeleteForMe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.DeleteForMe";
            };

            return DeleteForMe;
        })();

        v1.EditsRequest = (function() {

            const EditsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditsRequest.prototype.conversationId = "";
            EditsRequest.prototype.messageId = "";

            EditsRequest.create = function(properties) {
                return new EditsRequest(properties);
            };

            EditsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(18).string(message.messageId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditsRequest();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                return message;
            };

            EditsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                return object;
            };

            EditsRequest.prototype.toJSON = function() {
                return EditsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditsRequest";
            };

            return EditsRequest;
        })();

        v1.EditVersion = (function() {

            const EditVersion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditVersion.prototype.content = null;
            EditVersion.prototype.editedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            EditVersion.create = function(properties) {
                return new EditVersion(properties);
            };

            EditVersion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    $root.im.v1.Content.encode(message.content, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt") && (typeof message.editedAt === "object" ? message.editedAt.low || message.editedAt.high : message.editedAt !== 0))
                    writer.uint32(16).int64(message.editedAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditVersion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditVersion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.content = $root.im.v1.Content.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.editedAt = value;
                            else
                                delete message.editedAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditVersion.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditVersion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditVersion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditVersion();
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw $TypeError(".im.v1.EditVersion.content: object expected");
                    message.content = $root.im.v1.Content.fromObject(object.content, _depth + 1);
                }
                if (object.editedAt != null)
                    if (typeof object.editedAt === "object" ? object.editedAt.low || object.editedAt.high : $Number(object.editedAt) !== 0)
                        if ($util.Long)
                            message.editedAt = $util.Long.fromValue(object.editedAt, false);
                        else if (typeof object.editedAt === "string")
                            message.editedAt = $parseInt(object.editedAt, 10);
                        else if (typeof object.editedAt === "number")
                            message.editedAt = object.editedAt;
                        else if (typeof object.editedAt === "object")
                            message.editedAt = new $util.LongBits(object.editedAt.low >>> 0, object.editedAt.high >>> 0).toNumber();
                return message;
            };

            EditVersion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.content = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.editedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.editedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.im.v1.Content.toObject(message.content, options, _depth + 1);
                if (message.editedAt != null && $Object.hasOwnProperty.call(message, "editedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.editedAt = typeof message.editedAt === "number" ? $BigInt(message.editedAt) : $util.Long.fromBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.editedAt === "number")
                        object.editedAt = options.longs === $String ? $String(message.editedAt) : message.editedAt;
                    else
                        object.editedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.editedAt) : options.longs === $Number ? new $util.LongBits(message.editedAt.low >>> 0, message.editedAt.high >>> 0).toNumber() : message.editedAt;
                return object;
            };

            EditVersion.prototype.toJSON = function() {
                return EditVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditVersion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditVersion";
            };

            return EditVersion;
        })();

        v1.EditsResult = (function() {

            const EditsResult = function (properties) {
                this.versions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditsResult.prototype.conversationId = "";
            EditsResult.prototype.messageId = "";
            EditsResult.prototype.versions = $util.emptyArray;

            EditsResult.create = function(properties) {
                return new EditsResult(properties);
            };

            EditsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(18).string(message.messageId);
                if (message.versions != null && message.versions.length)
                    for (let i = 0; i < message.versions.length; ++i)
                        $root.im.v1.EditVersion.encode(message.versions[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditsResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.versions && message.versions.length))
                                message.versions = [];
                            message.versions.push($root.im.v1.EditVersion.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditsResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditsResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditsResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditsResult();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.versions) {
                    if (!$Array.isArray(object.versions))
                        throw $TypeError(".im.v1.EditsResult.versions: array expected");
                    message.versions = $Array(object.versions.length);
                    for (let i = 0; i < object.versions.length; ++i) {
                        if (!$util.isObject(object.versions[i]))
                            throw $TypeError(".im.v1.EditsResult.versions: object expected");
                        message.versions[i] = $root.im.v1.EditVersion.fromObject(object.versions[i], _depth + 1);
                    }
                }
                return message;
            };

            EditsResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.versions = [];
                if (options.defaults) {
                    object.conversationId = "";
                    object.messageId = "";
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.versions && message.versions.length) {
                    object.versions = $Array(message.versions.length);
                    for (let j = 0; j < message.versions.length; ++j)
                        object.versions[j] = $root.im.v1.EditVersion.toObject(message.versions[j], options, _depth + 1);
                }
                return object;
            };

            EditsResult.prototype.toJSON = function() {
                return EditsResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditsResult";
            };

            return EditsResult;
        })();

        v1.MentionsRequest = (function() {

            const MentionsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MentionsRequest.prototype.limit = 0;
            MentionsRequest.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            MentionsRequest.create = function(properties) {
                return new MentionsRequest(properties);
            };

            MentionsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(8).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && (typeof message.cursor === "object" ? message.cursor.low || message.cursor.high : message.cursor !== 0))
                    writer.uint32(16).int64(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MentionsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.MentionsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MentionsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.MentionsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.MentionsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.MentionsRequest();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor === "object" ? object.cursor.low || object.cursor.high : $Number(object.cursor) !== 0)
                        if ($util.Long)
                            message.cursor = $util.Long.fromValue(object.cursor, false);
                        else if (typeof object.cursor === "string")
                            message.cursor = $parseInt(object.cursor, 10);
                        else if (typeof object.cursor === "number")
                            message.cursor = object.cursor;
                        else if (typeof object.cursor === "object")
                            message.cursor = new $util.LongBits(object.cursor.low >>> 0, object.cursor.high >>> 0).toNumber();
                return message;
            };

            MentionsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.cursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cursor = typeof message.cursor === "number" ? $BigInt(message.cursor) : $util.Long.fromBits(message.cursor.low >>> 0, message.cursor.high >>> 0, false).toBigInt();
                    else if (typeof message.cursor === "number")
                        object.cursor = options.longs === $String ? $String(message.cursor) : message.cursor;
                    else
                        object.cursor = options.longs === $String ? $util.Long.prototype.toString.call(message.cursor) : options.longs === $Number ? new $util.LongBits(message.cursor.low >>> 0, message.cursor.high >>> 0).toNumber() : message.cursor;
                return object;
            };

            MentionsRequest.prototype.toJSON = function() {
                return MentionsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            MentionsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.MentionsRequest";
            };

            return MentionsRequest;
        })();

        v1.Mention = (function() {

            const Mention = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Mention.prototype.conversationId = "";
            Mention.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Mention.prototype.messageId = "";
            Mention.prototype.senderId = "";
            Mention.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Mention.prototype.all = false;

            Mention.create = function(properties) {
                return new Mention(properties);
            };

            Mention.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).int64(message.seq);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(26).string(message.messageId);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(34).string(message.senderId);
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                    writer.uint32(40).int64(message.ts);
                if (message.all != null && $Object.hasOwnProperty.call(message, "all") && message.all !== false)
                    writer.uint32(48).bool(message.all);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Mention.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Mention();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts = value;
                            else
                                delete message.ts;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.all = value;
                            else
                                delete message.all;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Mention.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Mention)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Mention: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Mention();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, false);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.ts != null)
                    if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                        if ($util.Long)
                            message.ts = $util.Long.fromValue(object.ts, false);
                        else if (typeof object.ts === "string")
                            message.ts = $parseInt(object.ts, 10);
                        else if (typeof object.ts === "number")
                            message.ts = object.ts;
                        else if (typeof object.ts === "object")
                            message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
                if (object.all != null)
                    if (object.all)
                        message.all = $Boolean(object.all);
                return message;
            };

            Mention.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.conversationId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.messageId = "";
                    object.senderId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.all = false;
                }
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, false).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber() : message.seq;
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                    else if (typeof message.ts === "number")
                        object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                    else
                        object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
                if (message.all != null && $Object.hasOwnProperty.call(message, "all"))
                    object.all = message.all;
                return object;
            };

            Mention.prototype.toJSON = function() {
                return Mention.toObject(this, $protobuf.util.toJSONOptions);
            };

            Mention.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Mention";
            };

            return Mention;
        })();

        v1.MentionsResult = (function() {

            const MentionsResult = function (properties) {
                this.mentions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MentionsResult.prototype.mentions = $util.emptyArray;
            MentionsResult.prototype.nextCursor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            MentionsResult.create = function(properties) {
                return new MentionsResult(properties);
            };

            MentionsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mentions != null && message.mentions.length)
                    for (let i = 0; i < message.mentions.length; ++i)
                        $root.im.v1.Mention.encode(message.mentions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && (typeof message.nextCursor === "object" ? message.nextCursor.low || message.nextCursor.high : message.nextCursor !== 0))
                    writer.uint32(16).int64(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MentionsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.MentionsResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mentions && message.mentions.length))
                                message.mentions = [];
                            message.mentions.push($root.im.v1.Mention.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MentionsResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.MentionsResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.MentionsResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.MentionsResult();
                if (object.mentions) {
                    if (!$Array.isArray(object.mentions))
                        throw $TypeError(".im.v1.MentionsResult.mentions: array expected");
                    message.mentions = $Array(object.mentions.length);
                    for (let i = 0; i < object.mentions.length; ++i) {
                        if (!$util.isObject(object.mentions[i]))
                            throw $TypeError(".im.v1.MentionsResult.mentions: object expected");
                        message.mentions[i] = $root.im.v1.Mention.fromObject(object.mentions[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor === "object" ? object.nextCursor.low || object.nextCursor.high : $Number(object.nextCursor) !== 0)
                        if ($util.Long)
                            message.nextCursor = $util.Long.fromValue(object.nextCursor, false);
                        else if (typeof object.nextCursor === "string")
                            message.nextCursor = $parseInt(object.nextCursor, 10);
                        else if (typeof object.nextCursor === "number")
                            message.nextCursor = object.nextCursor;
                        else if (typeof object.nextCursor === "object")
                            message.nextCursor = new $util.LongBits(object.nextCursor.low >>> 0, object.nextCursor.high >>> 0).toNumber();
                return message;
            };

            MentionsResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.mentions = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.nextCursor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nextCursor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.mentions && message.mentions.length) {
                    object.mentions = $Array(message.mentions.length);
                    for (let j = 0; j < message.mentions.length; ++j)
                        object.mentions[j] = $root.im.v1.Mention.toObject(message.mentions[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nextCursor = typeof message.nextCursor === "number" ? $BigInt(message.nextCursor) : $util.Long.fromBits(message.nextCursor.low >>> 0, message.nextCursor.high >>> 0, false).toBigInt();
                    else if (typeof message.nextCursor === "number")
                        object.nextCursor = options.longs === $String ? $String(message.nextCursor) : message.nextCursor;
                    else
                        object.nextCursor = options.longs === $String ? $util.Long.prototype.toString.call(message.nextCursor) : options.longs === $Number ? new $util.LongBits(message.nextCursor.low >>> 0, message.nextCursor.high >>> 0).toNumber() : message.nextCursor;
                return object;
            };

            MentionsResult.prototype.toJSON = function() {
                return MentionsResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            MentionsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.MentionsResult";
            };

            return MentionsResult;
        })();

        v1.ConversationUpdate = (function() {

            const ConversationUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConversationUpdate.prototype.conversationId = "";
            ConversationUpdate.prototype.pinned = null;
            ConversationUpdate.prototype.muted = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConversationUpdate.prototype, "_pinned", {
                get: $util.oneOfGetter($oneOfFields = ["pinned"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConversationUpdate.prototype, "_muted", {
                get: $util.oneOfGetter($oneOfFields = ["muted"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConversationUpdate.create = function(properties) {
                return new ConversationUpdate(properties);
            };

            ConversationUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(10).string(message.conversationId);
                if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                    writer.uint32(16).bool(message.pinned);
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                    writer.uint32(24).bool(message.muted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConversationUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ConversationUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.pinned = reader.bool();
                            message._pinned = "pinned";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.muted = reader.bool();
                            message._muted = "muted";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConversationUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ConversationUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ConversationUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ConversationUpdate();
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.pinned != null)
                    message.pinned = $Boolean(object.pinned);
                if (object.muted != null)
                    message.muted = $Boolean(object.muted);
                return message;
            };

            ConversationUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.conversationId = "";
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.pinned != null && $Object.hasOwnProperty.call(message, "pinned"))
                    object.pinned = message.pinned;
                if (message.muted != null && $Object.hasOwnProperty.call(message, "muted"))
                    object.muted = message.muted;
                return object;
            };

            ConversationUpdate.prototype.toJSON = function() {
                return ConversationUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConversationUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ConversationUpdate";
            };

            return ConversationUpdate;
        })();

        v1.UserRef = (function() {

            const UserRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UserRef.prototype.userId = "";

            UserRef.create = function(properties) {
                return new UserRef(properties);
            };

            UserRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(10).string(message.userId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UserRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.UserRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UserRef.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.UserRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.UserRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.UserRef();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                return message;
            };

            UserRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.userId = "";
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                return object;
            };

            UserRef.prototype.toJSON = function() {
                return UserRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            UserRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.UserRef";
            };

            return UserRef;
        })();

        v1.Block = (function() {

            const Block = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Block.prototype.userId = "";
            Block.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            Block.create = function(properties) {
                return new Block(properties);
            };

            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(10).string(message.userId);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(16).int64(message.createdAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.Block();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Block.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.Block)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.Block: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.Block();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                return message;
            };

            Block.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                return object;
            };

            Block.prototype.toJSON = function() {
                return Block.toObject(this, $protobuf.util.toJSONOptions);
            };

            Block.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.Block";
            };

            return Block;
        })();

        v1.BlocksResult = (function() {

            const BlocksResult = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BlocksResult.prototype.blocks = $util.emptyArray;

            BlocksResult.create = function(properties) {
                return new BlocksResult(properties);
            };

            BlocksResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.im.v1.Block.encode(message.blocks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BlocksResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.BlocksResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.im.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BlocksResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.BlocksResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.BlocksResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.BlocksResult();
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".im.v1.BlocksResult.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i) {
                        if (!$util.isObject(object.blocks[i]))
                            throw $TypeError(".im.v1.BlocksResult.blocks: object expected");
                        message.blocks[i] = $root.im.v1.Block.fromObject(object.blocks[i], _depth + 1);
                    }
                }
                return message;
            };

            BlocksResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = $root.im.v1.Block.toObject(message.blocks[j], options, _depth + 1);
                }
                return object;
            };

            BlocksResult.prototype.toJSON = function() {
                return BlocksResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            BlocksResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.BlocksResult";
            };

            return BlocksResult;
        })();

        v1.GroupInfo = (function() {

            const GroupInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupInfo.prototype.id = "";
            GroupInfo.prototype.conversationId = "";
            GroupInfo.prototype.name = "";
            GroupInfo.prototype.avatar = "";
            GroupInfo.prototype.notice = "";
            GroupInfo.prototype.ownerId = "";
            GroupInfo.prototype.joinPolicy = "";
            GroupInfo.prototype.historyVisibility = "";
            GroupInfo.prototype.muteAll = false;
            GroupInfo.prototype.memberCount = 0;
            GroupInfo.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            GroupInfo.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            GroupInfo.prototype.dissolvedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            GroupInfo.prototype.role = "";
            GroupInfo.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            GroupInfo.create = function(properties) {
                return new GroupInfo(properties);
            };

            GroupInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                    writer.uint32(18).string(message.conversationId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar") && message.avatar !== "")
                    writer.uint32(34).string(message.avatar);
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice") && message.notice !== "")
                    writer.uint32(42).string(message.notice);
                if (message.ownerId != null && $Object.hasOwnProperty.call(message, "ownerId") && message.ownerId !== "")
                    writer.uint32(50).string(message.ownerId);
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy") && message.joinPolicy !== "")
                    writer.uint32(58).string(message.joinPolicy);
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility") && message.historyVisibility !== "")
                    writer.uint32(66).string(message.historyVisibility);
                if (message.muteAll != null && $Object.hasOwnProperty.call(message, "muteAll") && message.muteAll !== false)
                    writer.uint32(72).bool(message.muteAll);
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount") && message.memberCount !== 0)
                    writer.uint32(80).uint32(message.memberCount);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(88).int64(message.createdAt);
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                    writer.uint32(96).int64(message.updatedAt);
                if (message.dissolvedAt != null && $Object.hasOwnProperty.call(message, "dissolvedAt") && (typeof message.dissolvedAt === "object" ? message.dissolvedAt.low || message.dissolvedAt.high : message.dissolvedAt !== 0))
                    writer.uint32(104).int64(message.dissolvedAt);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(114).string(message.role);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(120).int64(message.lastSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.conversationId = value;
                            else
                                delete message.conversationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.avatar = value;
                            else
                                delete message.avatar;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.notice = value;
                            else
                                delete message.notice;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ownerId = value;
                            else
                                delete message.ownerId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.joinPolicy = value;
                            else
                                delete message.joinPolicy;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.historyVisibility = value;
                            else
                                delete message.historyVisibility;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.muteAll = value;
                            else
                                delete message.muteAll;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memberCount = value;
                            else
                                delete message.memberCount;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAt = value;
                            else
                                delete message.updatedAt;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.dissolvedAt = value;
                            else
                                delete message.dissolvedAt;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupInfo();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.conversationId != null)
                    if (typeof object.conversationId !== "string" || object.conversationId.length)
                        message.conversationId = $String(object.conversationId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.avatar != null)
                    if (typeof object.avatar !== "string" || object.avatar.length)
                        message.avatar = $String(object.avatar);
                if (object.notice != null)
                    if (typeof object.notice !== "string" || object.notice.length)
                        message.notice = $String(object.notice);
                if (object.ownerId != null)
                    if (typeof object.ownerId !== "string" || object.ownerId.length)
                        message.ownerId = $String(object.ownerId);
                if (object.joinPolicy != null)
                    if (typeof object.joinPolicy !== "string" || object.joinPolicy.length)
                        message.joinPolicy = $String(object.joinPolicy);
                if (object.historyVisibility != null)
                    if (typeof object.historyVisibility !== "string" || object.historyVisibility.length)
                        message.historyVisibility = $String(object.historyVisibility);
                if (object.muteAll != null)
                    if (object.muteAll)
                        message.muteAll = $Boolean(object.muteAll);
                if (object.memberCount != null)
                    if ($Number(object.memberCount) !== 0)
                        message.memberCount = object.memberCount >>> 0;
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.updatedAt != null)
                    if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                        if ($util.Long)
                            message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                        else if (typeof object.updatedAt === "string")
                            message.updatedAt = $parseInt(object.updatedAt, 10);
                        else if (typeof object.updatedAt === "number")
                            message.updatedAt = object.updatedAt;
                        else if (typeof object.updatedAt === "object")
                            message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                if (object.dissolvedAt != null)
                    if (typeof object.dissolvedAt === "object" ? object.dissolvedAt.low || object.dissolvedAt.high : $Number(object.dissolvedAt) !== 0)
                        if ($util.Long)
                            message.dissolvedAt = $util.Long.fromValue(object.dissolvedAt, false);
                        else if (typeof object.dissolvedAt === "string")
                            message.dissolvedAt = $parseInt(object.dissolvedAt, 10);
                        else if (typeof object.dissolvedAt === "number")
                            message.dissolvedAt = object.dissolvedAt;
                        else if (typeof object.dissolvedAt === "object")
                            message.dissolvedAt = new $util.LongBits(object.dissolvedAt.low >>> 0, object.dissolvedAt.high >>> 0).toNumber();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, false);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber();
                return message;
            };

            GroupInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.conversationId = "";
                    object.name = "";
                    object.avatar = "";
                    object.notice = "";
                    object.ownerId = "";
                    object.joinPolicy = "";
                    object.historyVisibility = "";
                    object.muteAll = false;
                    object.memberCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.dissolvedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dissolvedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.role = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                    object.conversationId = message.conversationId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                    object.avatar = message.avatar;
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    object.notice = message.notice;
                if (message.ownerId != null && $Object.hasOwnProperty.call(message, "ownerId"))
                    object.ownerId = message.ownerId;
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy"))
                    object.joinPolicy = message.joinPolicy;
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility"))
                    object.historyVisibility = message.historyVisibility;
                if (message.muteAll != null && $Object.hasOwnProperty.call(message, "muteAll"))
                    object.muteAll = message.muteAll;
                if (message.memberCount != null && $Object.hasOwnProperty.call(message, "memberCount"))
                    object.memberCount = message.memberCount;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAt === "number")
                        object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                    else
                        object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                if (message.dissolvedAt != null && $Object.hasOwnProperty.call(message, "dissolvedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dissolvedAt = typeof message.dissolvedAt === "number" ? $BigInt(message.dissolvedAt) : $util.Long.fromBits(message.dissolvedAt.low >>> 0, message.dissolvedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.dissolvedAt === "number")
                        object.dissolvedAt = options.longs === $String ? $String(message.dissolvedAt) : message.dissolvedAt;
                    else
                        object.dissolvedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.dissolvedAt) : options.longs === $Number ? new $util.LongBits(message.dissolvedAt.low >>> 0, message.dissolvedAt.high >>> 0).toNumber() : message.dissolvedAt;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber() : message.lastSeq;
                return object;
            };

            GroupInfo.prototype.toJSON = function() {
                return GroupInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupInfo";
            };

            return GroupInfo;
        })();

        v1.GroupCreate = (function() {

            const GroupCreate = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupCreate.prototype.name = "";
            GroupCreate.prototype.members = $util.emptyArray;
            GroupCreate.prototype.avatar = "";
            GroupCreate.prototype.notice = "";
            GroupCreate.prototype.joinPolicy = "";
            GroupCreate.prototype.historyVisibility = "";

            GroupCreate.create = function(properties) {
                return new GroupCreate(properties);
            };

            GroupCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(18).string(message.members[i]);
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar") && message.avatar !== "")
                    writer.uint32(26).string(message.avatar);
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice") && message.notice !== "")
                    writer.uint32(34).string(message.notice);
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy") && message.joinPolicy !== "")
                    writer.uint32(42).string(message.joinPolicy);
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility") && message.historyVisibility !== "")
                    writer.uint32(50).string(message.historyVisibility);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.avatar = value;
                            else
                                delete message.avatar;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.notice = value;
                            else
                                delete message.notice;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.joinPolicy = value;
                            else
                                delete message.joinPolicy;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.historyVisibility = value;
                            else
                                delete message.historyVisibility;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupCreate.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupCreate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupCreate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupCreate();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".im.v1.GroupCreate.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        message.members[i] = $String(object.members[i]);
                }
                if (object.avatar != null)
                    if (typeof object.avatar !== "string" || object.avatar.length)
                        message.avatar = $String(object.avatar);
                if (object.notice != null)
                    if (typeof object.notice !== "string" || object.notice.length)
                        message.notice = $String(object.notice);
                if (object.joinPolicy != null)
                    if (typeof object.joinPolicy !== "string" || object.joinPolicy.length)
                        message.joinPolicy = $String(object.joinPolicy);
                if (object.historyVisibility != null)
                    if (typeof object.historyVisibility !== "string" || object.historyVisibility.length)
                        message.historyVisibility = $String(object.historyVisibility);
                return message;
            };

            GroupCreate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.name = "";
                    object.avatar = "";
                    object.notice = "";
                    object.joinPolicy = "";
                    object.historyVisibility = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = message.members[j];
                }
                if (message.avatar != null && $Object.hasOwnProperty.call(message, "avatar"))
                    object.avatar = message.avatar;
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    object.notice = message.notice;
                if (message.joinPolicy != null && $Object.hasOwnProperty.call(message, "joinPolicy"))
                    object.joinPolicy = message.joinPolicy;
                if (message.historyVisibility != null && $Object.hasOwnProperty.call(message, "historyVisibility"))
                    object.historyVisibility = message.historyVisibility;
                return object;
            };

            GroupCreate.prototype.toJSON = function() {
                return GroupCreate.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupCreate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupCreate";
            };

            return GroupCreate;
        })();

        v1.GroupRef = (function() {

            const GroupRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupRef.prototype.groupId = "";

            GroupRef.create = function(properties) {
                return new GroupRef(properties);
            };

            GroupRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupRef.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupRef();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                return message;
            };

            GroupRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.groupId = "";
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                return object;
            };

            GroupRef.prototype.toJSON = function() {
                return GroupRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupRef";
            };

            return GroupRef;
        })();

        v1.GroupUpdate = (function() {

            const GroupUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupUpdate.prototype.groupId = "";
            GroupUpdate.prototype.settings = null;

            GroupUpdate.create = function(properties) {
                return new GroupUpdate(properties);
            };

            GroupUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.im.v1.GroupSettings.encode(message.settings, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.im.v1.GroupSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupUpdate();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".im.v1.GroupUpdate.settings: object expected");
                    message.settings = $root.im.v1.GroupSettings.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            GroupUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.groupId = "";
                    object.settings = null;
                }
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.im.v1.GroupSettings.toObject(message.settings, options, _depth + 1);
                return object;
            };

            GroupUpdate.prototype.toJSON = function() {
                return GroupUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupUpdate";
            };

            return GroupUpdate;
        })();

        v1.GroupAdd = (function() {

            const GroupAdd = function (properties) {
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupAdd.prototype.groupId = "";
            GroupAdd.prototype.userIds = $util.emptyArray;

            GroupAdd.create = function(properties) {
                return new GroupAdd(properties);
            };

            GroupAdd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(18).string(message.userIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupAdd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupAdd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupAdd.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupAdd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupAdd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupAdd();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.userIds) {
                    if (!$Array.isArray(object.userIds))
                        throw $TypeError(".im.v1.GroupAdd.userIds: array expected");
                    message.userIds = $Array(object.userIds.length);
                    for (let i = 0; i < object.userIds.length; ++i)
                        message.userIds[i] = $String(object.userIds[i]);
                }
                return message;
            };

            GroupAdd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.userIds = [];
                if (options.defaults)
                    object.groupId = "";
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.userIds && message.userIds.length) {
                    object.userIds = $Array(message.userIds.length);
                    for (let j = 0; j < message.userIds.length; ++j)
                        object.userIds[j] = message.userIds[j];
                }
                return object;
            };

            GroupAdd.prototype.toJSON = function() {
                return GroupAdd.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupAdd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupAdd";
            };

            return GroupAdd;
        })();

        v1.GroupMemberRef = (function() {

            const GroupMemberRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMemberRef.prototype.groupId = "";
            GroupMemberRef.prototype.userId = "";

            GroupMemberRef.create = function(properties) {
                return new GroupMemberRef(properties);
            };

            GroupMemberRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(18).string(message.userId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMemberRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMemberRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMemberRef.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMemberRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMemberRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMemberRef();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                return message;
            };

            GroupMemberRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.groupId = "";
                    object.userId = "";
                }
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                return object;
            };

            GroupMemberRef.prototype.toJSON = function() {
                return GroupMemberRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMemberRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMemberRef";
            };

            return GroupMemberRef;
        })();

        v1.GroupMemberUpdate = (function() {

            const GroupMemberUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMemberUpdate.prototype.groupId = "";
            GroupMemberUpdate.prototype.userId = "";
            GroupMemberUpdate.prototype.role = null;
            GroupMemberUpdate.prototype.muteSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupMemberUpdate.prototype, "_role", {
                get: $util.oneOfGetter($oneOfFields = ["role"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GroupMemberUpdate.prototype, "_muteSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["muteSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            GroupMemberUpdate.create = function(properties) {
                return new GroupMemberUpdate(properties);
            };

            GroupMemberUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(18).string(message.userId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(26).string(message.role);
                if (message.muteSeconds != null && $Object.hasOwnProperty.call(message, "muteSeconds"))
                    writer.uint32(32).uint32(message.muteSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMemberUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMemberUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.role = reader.stringVerify();
                            message._role = "role";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.muteSeconds = reader.uint32();
                            message._muteSeconds = "muteSeconds";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMemberUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMemberUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMemberUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMemberUpdate();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.role != null)
                    message.role = $String(object.role);
                if (object.muteSeconds != null)
                    message.muteSeconds = object.muteSeconds >>> 0;
                return message;
            };

            GroupMemberUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.groupId = "";
                    object.userId = "";
                }
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.muteSeconds != null && $Object.hasOwnProperty.call(message, "muteSeconds"))
                    object.muteSeconds = message.muteSeconds;
                return object;
            };

            GroupMemberUpdate.prototype.toJSON = function() {
                return GroupMemberUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMemberUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMemberUpdate";
            };

            return GroupMemberUpdate;
        })();

        v1.GroupMember = (function() {

            const GroupMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMember.prototype.userId = "";
            GroupMember.prototype.role = "";
            GroupMember.prototype.joinedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            GroupMember.prototype.joinSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            GroupMember.prototype.mutedUntil = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            GroupMember.create = function(properties) {
                return new GroupMember(properties);
            };

            GroupMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(10).string(message.userId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(18).string(message.role);
                if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt") && (typeof message.joinedAt === "object" ? message.joinedAt.low || message.joinedAt.high : message.joinedAt !== 0))
                    writer.uint32(24).int64(message.joinedAt);
                if (message.joinSeq != null && $Object.hasOwnProperty.call(message, "joinSeq") && (typeof message.joinSeq === "object" ? message.joinSeq.low || message.joinSeq.high : message.joinSeq !== 0))
                    writer.uint32(32).int64(message.joinSeq);
                if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil") && (typeof message.mutedUntil === "object" ? message.mutedUntil.low || message.mutedUntil.high : message.mutedUntil !== 0))
                    writer.uint32(40).int64(message.mutedUntil);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMember.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMember();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.joinedAt = value;
                            else
                                delete message.joinedAt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.joinSeq = value;
                            else
                                delete message.joinSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.mutedUntil = value;
                            else
                                delete message.mutedUntil;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMember.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMember)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMember: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMember();
                if (object.userId != null)
                    if (typeof object.userId !== "string" || object.userId.length)
                        message.userId = $String(object.userId);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.joinedAt != null)
                    if (typeof object.joinedAt === "object" ? object.joinedAt.low || object.joinedAt.high : $Number(object.joinedAt) !== 0)
                        if ($util.Long)
                            message.joinedAt = $util.Long.fromValue(object.joinedAt, false);
                        else if (typeof object.joinedAt === "string")
                            message.joinedAt = $parseInt(object.joinedAt, 10);
                        else if (typeof object.joinedAt === "number")
                            message.joinedAt = object.joinedAt;
                        else if (typeof object.joinedAt === "object")
                            message.joinedAt = new $util.LongBits(object.joinedAt.low >>> 0, object.joinedAt.high >>> 0).toNumber();
                if (object.joinSeq != null)
                    if (typeof object.joinSeq === "object" ? object.joinSeq.low || object.joinSeq.high : $Number(object.joinSeq) !== 0)
                        if ($util.Long)
                            message.joinSeq = $util.Long.fromValue(object.joinSeq, false);
                        else if (typeof object.joinSeq === "string")
                            message.joinSeq = $parseInt(object.joinSeq, 10);
                        else if (typeof object.joinSeq === "number")
                            message.joinSeq = object.joinSeq;
                        else if (typeof object.joinSeq === "object")
                            message.joinSeq = new $util.LongBits(object.joinSeq.low >>> 0, object.joinSeq.high >>> 0).toNumber();
                if (object.mutedUntil != null)
                    if (typeof object.mutedUntil === "object" ? object.mutedUntil.low || object.mutedUntil.high : $Number(object.mutedUntil) !== 0)
                        if ($util.Long)
                            message.mutedUntil = $util.Long.fromValue(object.mutedUntil, false);
                        else if (typeof object.mutedUntil === "string")
                            message.mutedUntil = $parseInt(object.mutedUntil, 10);
                        else if (typeof object.mutedUntil === "number")
                            message.mutedUntil = object.mutedUntil;
                        else if (typeof object.mutedUntil === "object")
                            message.mutedUntil = new $util.LongBits(object.mutedUntil.low >>> 0, object.mutedUntil.high >>> 0).toNumber();
                return message;
            };

            GroupMember.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    object.role = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.joinedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.joinedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.joinSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.joinSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.mutedUntil = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mutedUntil = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.joinedAt != null && $Object.hasOwnProperty.call(message, "joinedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.joinedAt = typeof message.joinedAt === "number" ? $BigInt(message.joinedAt) : $util.Long.fromBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.joinedAt === "number")
                        object.joinedAt = options.longs === $String ? $String(message.joinedAt) : message.joinedAt;
                    else
                        object.joinedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.joinedAt) : options.longs === $Number ? new $util.LongBits(message.joinedAt.low >>> 0, message.joinedAt.high >>> 0).toNumber() : message.joinedAt;
                if (message.joinSeq != null && $Object.hasOwnProperty.call(message, "joinSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.joinSeq = typeof message.joinSeq === "number" ? $BigInt(message.joinSeq) : $util.Long.fromBits(message.joinSeq.low >>> 0, message.joinSeq.high >>> 0, false).toBigInt();
                    else if (typeof message.joinSeq === "number")
                        object.joinSeq = options.longs === $String ? $String(message.joinSeq) : message.joinSeq;
                    else
                        object.joinSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.joinSeq) : options.longs === $Number ? new $util.LongBits(message.joinSeq.low >>> 0, message.joinSeq.high >>> 0).toNumber() : message.joinSeq;
                if (message.mutedUntil != null && $Object.hasOwnProperty.call(message, "mutedUntil"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mutedUntil = typeof message.mutedUntil === "number" ? $BigInt(message.mutedUntil) : $util.Long.fromBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0, false).toBigInt();
                    else if (typeof message.mutedUntil === "number")
                        object.mutedUntil = options.longs === $String ? $String(message.mutedUntil) : message.mutedUntil;
                    else
                        object.mutedUntil = options.longs === $String ? $util.Long.prototype.toString.call(message.mutedUntil) : options.longs === $Number ? new $util.LongBits(message.mutedUntil.low >>> 0, message.mutedUntil.high >>> 0).toNumber() : message.mutedUntil;
                return object;
            };

            GroupMember.prototype.toJSON = function() {
                return GroupMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMember";
            };

            return GroupMember;
        })();

        v1.GroupMembersRequest = (function() {

            const GroupMembersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMembersRequest.prototype.groupId = "";
            GroupMembersRequest.prototype.limit = 0;
            GroupMembersRequest.prototype.cursor = "";

            GroupMembersRequest.create = function(properties) {
                return new GroupMembersRequest(properties);
            };

            GroupMembersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(16).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(26).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMembersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMembersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMembersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMembersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMembersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMembersRequest();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            GroupMembersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.groupId = "";
                    object.limit = 0;
                    object.cursor = "";
                }
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            GroupMembersRequest.prototype.toJSON = function() {
                return GroupMembersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMembersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMembersRequest";
            };

            return GroupMembersRequest;
        })();

        v1.GroupMembersResult = (function() {

            const GroupMembersResult = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMembersResult.prototype.groupId = "";
            GroupMembersResult.prototype.members = $util.emptyArray;
            GroupMembersResult.prototype.nextCursor = "";

            GroupMembersResult.create = function(properties) {
                return new GroupMembersResult(properties);
            };

            GroupMembersResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(10).string(message.groupId);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.im.v1.GroupMember.encode(message.members[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(26).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMembersResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMembersResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.im.v1.GroupMember.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMembersResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMembersResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMembersResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMembersResult();
                if (object.groupId != null)
                    if (typeof object.groupId !== "string" || object.groupId.length)
                        message.groupId = $String(object.groupId);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".im.v1.GroupMembersResult.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".im.v1.GroupMembersResult.members: object expected");
                        message.members[i] = $root.im.v1.GroupMember.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            GroupMembersResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.groupId = "";
                    object.nextCursor = "";
                }
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId"))
                    object.groupId = message.groupId;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.im.v1.GroupMember.toObject(message.members[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            GroupMembersResult.prototype.toJSON = function() {
                return GroupMembersResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMembersResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMembersResult";
            };

            return GroupMembersResult;
        })();

        v1.GroupsRequest = (function() {

            const GroupsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupsRequest.prototype.limit = 0;
            GroupsRequest.prototype.cursor = "";

            GroupsRequest.create = function(properties) {
                return new GroupsRequest(properties);
            };

            GroupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(8).uint32(message.limit);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(18).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupsRequest();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            GroupsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    object.cursor = "";
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            GroupsRequest.prototype.toJSON = function() {
                return GroupsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupsRequest";
            };

            return GroupsRequest;
        })();

        v1.GroupsResult = (function() {

            const GroupsResult = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupsResult.prototype.groups = $util.emptyArray;
            GroupsResult.prototype.nextCursor = "";

            GroupsResult.create = function(properties) {
                return new GroupsResult(properties);
            };

            GroupsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.im.v1.GroupInfo.encode(message.groups[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor !== "")
                    writer.uint32(18).string(message.nextCursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupsResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.im.v1.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupsResult.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupsResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupsResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupsResult();
                if (object.groups) {
                    if (!$Array.isArray(object.groups))
                        throw $TypeError(".im.v1.GroupsResult.groups: array expected");
                    message.groups = $Array(object.groups.length);
                    for (let i = 0; i < object.groups.length; ++i) {
                        if (!$util.isObject(object.groups[i]))
                            throw $TypeError(".im.v1.GroupsResult.groups: object expected");
                        message.groups[i] = $root.im.v1.GroupInfo.fromObject(object.groups[i], _depth + 1);
                    }
                }
                if (object.nextCursor != null)
                    if (typeof object.nextCursor !== "string" || object.nextCursor.length)
                        message.nextCursor = $String(object.nextCursor);
                return message;
            };

            GroupsResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.groups = [];
                if (options.defaults)
                    object.nextCursor = "";
                if (message.groups && message.groups.length) {
                    object.groups = $Array(message.groups.length);
                    for (let j = 0; j < message.groups.length; ++j)
                        object.groups[j] = $root.im.v1.GroupInfo.toObject(message.groups[j], options, _depth + 1);
                }
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                return object;
            };

            GroupsResult.prototype.toJSON = function() {
                return GroupsResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupsResult";
            };

            return GroupsResult;
        })();

        v1.InternalMessage = (function() {

            const InternalMessage = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InternalMessage.prototype.messageId = "";
            InternalMessage.prototype.sourceService = "";
            InternalMessage.prototype.targetService = "";
            InternalMessage.prototype.messageType = 0;
            InternalMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            InternalMessage.prototype.payload = $util.newBuffer([]);
            InternalMessage.prototype.metadata = $util.emptyObject;

            InternalMessage.create = function(properties) {
                return new InternalMessage(properties);
            };

            InternalMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(10).string(message.messageId);
                if (message.sourceService != null && $Object.hasOwnProperty.call(message, "sourceService") && message.sourceService !== "")
                    writer.uint32(18).string(message.sourceService);
                if (message.targetService != null && $Object.hasOwnProperty.call(message, "targetService") && message.targetService !== "")
                    writer.uint32(26).string(message.targetService);
                if (message.messageType != null && $Object.hasOwnProperty.call(message, "messageType") && message.messageType !== 0)
                    writer.uint32(32).int32(message.messageType);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(40).int64(message.timestamp);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(50).bytes(message.payload);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.metadata[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InternalMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.InternalMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceService = value;
                            else
                                delete message.sourceService;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetService = value;
                            else
                                delete message.targetService;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.messageType = value;
                            else
                                delete message.messageType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            InternalMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.InternalMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.InternalMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.InternalMessage();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.sourceService != null)
                    if (typeof object.sourceService !== "string" || object.sourceService.length)
                        message.sourceService = $String(object.sourceService);
                if (object.targetService != null)
                    if (typeof object.targetService !== "string" || object.targetService.length)
                        message.targetService = $String(object.targetService);
                if (object.messageType != null)
                    if ($Number(object.messageType) !== 0)
                        message.messageType = object.messageType | 0;
                if (object.timestamp != null)
                    if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                        if ($util.Long)
                            message.timestamp = $util.Long.fromValue(object.timestamp, false);
                        else if (typeof object.timestamp === "string")
                            message.timestamp = $parseInt(object.timestamp, 10);
                        else if (typeof object.timestamp === "number")
                            message.timestamp = object.timestamp;
                        else if (typeof object.timestamp === "object")
                            message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".im.v1.InternalMessage.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                return message;
            };

            InternalMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.sourceService = "";
                    object.targetService = "";
                    object.messageType = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.sourceService != null && $Object.hasOwnProperty.call(message, "sourceService"))
                    object.sourceService = message.sourceService;
                if (message.targetService != null && $Object.hasOwnProperty.call(message, "targetService"))
                    object.targetService = message.targetService;
                if (message.messageType != null && $Object.hasOwnProperty.call(message, "messageType"))
                    object.messageType = message.messageType;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                    else if (typeof message.timestamp === "number")
                        object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                    else
                        object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                return object;
            };

            InternalMessage.prototype.toJSON = function() {
                return InternalMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            InternalMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.InternalMessage";
            };

            return InternalMessage;
        })();

        v1.AuthFrame = (function() {

            const AuthFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthFrame.prototype.id = 0;
            AuthFrame.prototype.d = null;

            AuthFrame.create = function(properties) {
                return new AuthFrame(properties);
            };

            AuthFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Auth.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.AuthFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Auth.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.AuthFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.AuthFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.AuthFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.AuthFrame.d: object expected");
                    message.d = $root.im.v1.Auth.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            AuthFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Auth.toObject(message.d, options, _depth + 1);
                return object;
            };

            AuthFrame.prototype.toJSON = function() {
                return AuthFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.AuthFrame";
            };

            return AuthFrame;
        })();

        v1.AuthOkFrame = (function() {

            const AuthOkFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AuthOkFrame.prototype.id = 0;
            AuthOkFrame.prototype.d = null;

            AuthOkFrame.create = function(properties) {
                return new AuthOkFrame(properties);
            };

            AuthOkFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.AuthOk.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AuthOkFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.AuthOkFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.AuthOk.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AuthOkFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.AuthOkFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.AuthOkFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.AuthOkFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.AuthOkFrame.d: object expected");
                    message.d = $root.im.v1.AuthOk.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            AuthOkFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.AuthOk.toObject(message.d, options, _depth + 1);
                return object;
            };

            AuthOkFrame.prototype.toJSON = function() {
                return AuthOkFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            AuthOkFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.AuthOkFrame";
            };

            return AuthOkFrame;
        })();

        v1.PingFrame = (function() {

            const PingFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PingFrame.prototype.id = 0;
            PingFrame.prototype.d = null;

            PingFrame.create = function(properties) {
                return new PingFrame(properties);
            };

            PingFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Empty.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PingFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PingFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Empty.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PingFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PingFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PingFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PingFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.PingFrame.d: object expected");
                    message.d = $root.im.v1.Empty.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            PingFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Empty.toObject(message.d, options, _depth + 1);
                return object;
            };

            PingFrame.prototype.toJSON = function() {
                return PingFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PingFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PingFrame";
            };

            return PingFrame;
        })();

        v1.PongFrame = (function() {

            const PongFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PongFrame.prototype.id = 0;
            PongFrame.prototype.d = null;

            PongFrame.create = function(properties) {
                return new PongFrame(properties);
            };

            PongFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Empty.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PongFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PongFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Empty.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PongFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PongFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PongFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PongFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.PongFrame.d: object expected");
                    message.d = $root.im.v1.Empty.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            PongFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Empty.toObject(message.d, options, _depth + 1);
                return object;
            };

            PongFrame.prototype.toJSON = function() {
                return PongFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PongFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PongFrame";
            };

            return PongFrame;
        })();

        v1.ErrorFrame = (function() {

            const ErrorFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ErrorFrame.prototype.id = 0;
            ErrorFrame.prototype.d = null;

            ErrorFrame.create = function(properties) {
                return new ErrorFrame(properties);
            };

            ErrorFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Error.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ErrorFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ErrorFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ErrorFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ErrorFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ErrorFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ErrorFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ErrorFrame.d: object expected");
                    message.d = $root.im.v1.Error.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ErrorFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Error.toObject(message.d, options, _depth + 1);
                return object;
            };

            ErrorFrame.prototype.toJSON = function() {
                return ErrorFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ErrorFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ErrorFrame";
            };

            return ErrorFrame;
        })();

        v1.OkFrame = (function() {

            const OkFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OkFrame.prototype.id = 0;
            OkFrame.prototype.d = null;

            OkFrame.create = function(properties) {
                return new OkFrame(properties);
            };

            OkFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Empty.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OkFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.OkFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Empty.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OkFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.OkFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.OkFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.OkFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.OkFrame.d: object expected");
                    message.d = $root.im.v1.Empty.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            OkFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Empty.toObject(message.d, options, _depth + 1);
                return object;
            };

            OkFrame.prototype.toJSON = function() {
                return OkFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            OkFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.OkFrame";
            };

            return OkFrame;
        })();

        v1.SendFrame = (function() {

            const SendFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SendFrame.prototype.id = 0;
            SendFrame.prototype.d = null;

            SendFrame.create = function(properties) {
                return new SendFrame(properties);
            };

            SendFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SendRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SendFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SendFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SendRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SendFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SendFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SendFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SendFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.SendFrame.d: object expected");
                    message.d = $root.im.v1.SendRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            SendFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SendRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            SendFrame.prototype.toJSON = function() {
                return SendFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            SendFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SendFrame";
            };

            return SendFrame;
        })();

        v1.AckFrame = (function() {

            const AckFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AckFrame.prototype.id = 0;
            AckFrame.prototype.d = null;

            AckFrame.create = function(properties) {
                return new AckFrame(properties);
            };

            AckFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SendAck.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AckFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.AckFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SendAck.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AckFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.AckFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.AckFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.AckFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.AckFrame.d: object expected");
                    message.d = $root.im.v1.SendAck.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            AckFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SendAck.toObject(message.d, options, _depth + 1);
                return object;
            };

            AckFrame.prototype.toJSON = function() {
                return AckFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            AckFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.AckFrame";
            };

            return AckFrame;
        })();

        v1.MessageFrame = (function() {

            const MessageFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MessageFrame.prototype.id = 0;
            MessageFrame.prototype.d = null;

            MessageFrame.create = function(properties) {
                return new MessageFrame(properties);
            };

            MessageFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Message.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MessageFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.MessageFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MessageFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.MessageFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.MessageFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.MessageFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.MessageFrame.d: object expected");
                    message.d = $root.im.v1.Message.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            MessageFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Message.toObject(message.d, options, _depth + 1);
                return object;
            };

            MessageFrame.prototype.toJSON = function() {
                return MessageFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            MessageFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.MessageFrame";
            };

            return MessageFrame;
        })();

        v1.DeliveredFrame = (function() {

            const DeliveredFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeliveredFrame.prototype.id = 0;
            DeliveredFrame.prototype.d = null;

            DeliveredFrame.create = function(properties) {
                return new DeliveredFrame(properties);
            };

            DeliveredFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SeqMark.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeliveredFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.DeliveredFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SeqMark.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeliveredFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.DeliveredFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.DeliveredFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.DeliveredFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.DeliveredFrame.d: object expected");
                    message.d = $root.im.v1.SeqMark.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            DeliveredFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SeqMark.toObject(message.d, options, _depth + 1);
                return object;
            };

            DeliveredFrame.prototype.toJSON = function() {
                return DeliveredFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeliveredFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.DeliveredFrame";
            };

            return DeliveredFrame;
        })();

        v1.ReadFrame = (function() {

            const ReadFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadFrame.prototype.id = 0;
            ReadFrame.prototype.d = null;

            ReadFrame.create = function(properties) {
                return new ReadFrame(properties);
            };

            ReadFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SeqMark.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SeqMark.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReadFrame.d: object expected");
                    message.d = $root.im.v1.SeqMark.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReadFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SeqMark.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReadFrame.prototype.toJSON = function() {
                return ReadFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadFrame";
            };

            return ReadFrame;
        })();

        v1.ConversationFrame = (function() {

            const ConversationFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConversationFrame.prototype.id = 0;
            ConversationFrame.prototype.d = null;

            ConversationFrame.create = function(properties) {
                return new ConversationFrame(properties);
            };

            ConversationFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ConversationState.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConversationFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ConversationFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ConversationState.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConversationFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ConversationFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ConversationFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ConversationFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ConversationFrame.d: object expected");
                    message.d = $root.im.v1.ConversationState.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ConversationFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ConversationState.toObject(message.d, options, _depth + 1);
                return object;
            };

            ConversationFrame.prototype.toJSON = function() {
                return ConversationFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConversationFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ConversationFrame";
            };

            return ConversationFrame;
        })();

        v1.SyncFrame = (function() {

            const SyncFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncFrame.prototype.id = 0;
            SyncFrame.prototype.d = null;

            SyncFrame.create = function(properties) {
                return new SyncFrame(properties);
            };

            SyncFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SyncRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SyncFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SyncFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SyncFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SyncFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.SyncFrame.d: object expected");
                    message.d = $root.im.v1.SyncRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            SyncFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SyncRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            SyncFrame.prototype.toJSON = function() {
                return SyncFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            SyncFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SyncFrame";
            };

            return SyncFrame;
        })();

        v1.SyncResultFrame = (function() {

            const SyncResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncResultFrame.prototype.id = 0;
            SyncResultFrame.prototype.d = null;

            SyncResultFrame.create = function(properties) {
                return new SyncResultFrame(properties);
            };

            SyncResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.SyncResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.SyncResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.SyncResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.SyncResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.SyncResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.SyncResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.SyncResultFrame.d: object expected");
                    message.d = $root.im.v1.SyncResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            SyncResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.SyncResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            SyncResultFrame.prototype.toJSON = function() {
                return SyncResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            SyncResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.SyncResultFrame";
            };

            return SyncResultFrame;
        })();

        v1.HistoryFrame = (function() {

            const HistoryFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryFrame.prototype.id = 0;
            HistoryFrame.prototype.d = null;

            HistoryFrame.create = function(properties) {
                return new HistoryFrame(properties);
            };

            HistoryFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.HistoryRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.HistoryFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.HistoryFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.HistoryFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.HistoryFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.HistoryFrame.d: object expected");
                    message.d = $root.im.v1.HistoryRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            HistoryFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.HistoryRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            HistoryFrame.prototype.toJSON = function() {
                return HistoryFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            HistoryFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.HistoryFrame";
            };

            return HistoryFrame;
        })();

        v1.HistoryResultFrame = (function() {

            const HistoryResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryResultFrame.prototype.id = 0;
            HistoryResultFrame.prototype.d = null;

            HistoryResultFrame.create = function(properties) {
                return new HistoryResultFrame(properties);
            };

            HistoryResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.HistoryResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.HistoryResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.HistoryResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.HistoryResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.HistoryResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.HistoryResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.HistoryResultFrame.d: object expected");
                    message.d = $root.im.v1.HistoryResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            HistoryResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.HistoryResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            HistoryResultFrame.prototype.toJSON = function() {
                return HistoryResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            HistoryResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.HistoryResultFrame";
            };

            return HistoryResultFrame;
        })();

        v1.TypingFrame = (function() {

            const TypingFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TypingFrame.prototype.id = 0;
            TypingFrame.prototype.d = null;

            TypingFrame.create = function(properties) {
                return new TypingFrame(properties);
            };

            TypingFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Typing.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TypingFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.TypingFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TypingFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.TypingFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.TypingFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.TypingFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.TypingFrame.d: object expected");
                    message.d = $root.im.v1.Typing.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            TypingFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Typing.toObject(message.d, options, _depth + 1);
                return object;
            };

            TypingFrame.prototype.toJSON = function() {
                return TypingFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            TypingFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.TypingFrame";
            };

            return TypingFrame;
        })();

        v1.PresenceFrame = (function() {

            const PresenceFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PresenceFrame.prototype.id = 0;
            PresenceFrame.prototype.d = null;

            PresenceFrame.create = function(properties) {
                return new PresenceFrame(properties);
            };

            PresenceFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Presence.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PresenceFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PresenceFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PresenceFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PresenceFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PresenceFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PresenceFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.PresenceFrame.d: object expected");
                    message.d = $root.im.v1.Presence.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            PresenceFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Presence.toObject(message.d, options, _depth + 1);
                return object;
            };

            PresenceFrame.prototype.toJSON = function() {
                return PresenceFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PresenceFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PresenceFrame";
            };

            return PresenceFrame;
        })();

        v1.PresenceQueryFrame = (function() {

            const PresenceQueryFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PresenceQueryFrame.prototype.id = 0;
            PresenceQueryFrame.prototype.d = null;

            PresenceQueryFrame.create = function(properties) {
                return new PresenceQueryFrame(properties);
            };

            PresenceQueryFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.PresenceQuery.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PresenceQueryFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PresenceQueryFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.PresenceQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PresenceQueryFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PresenceQueryFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PresenceQueryFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PresenceQueryFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.PresenceQueryFrame.d: object expected");
                    message.d = $root.im.v1.PresenceQuery.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            PresenceQueryFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.PresenceQuery.toObject(message.d, options, _depth + 1);
                return object;
            };

            PresenceQueryFrame.prototype.toJSON = function() {
                return PresenceQueryFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PresenceQueryFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PresenceQueryFrame";
            };

            return PresenceQueryFrame;
        })();

        v1.PresenceResultFrame = (function() {

            const PresenceResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PresenceResultFrame.prototype.id = 0;
            PresenceResultFrame.prototype.d = null;

            PresenceResultFrame.create = function(properties) {
                return new PresenceResultFrame(properties);
            };

            PresenceResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.PresenceResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PresenceResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.PresenceResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.PresenceResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PresenceResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.PresenceResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.PresenceResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.PresenceResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.PresenceResultFrame.d: object expected");
                    message.d = $root.im.v1.PresenceResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            PresenceResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.PresenceResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            PresenceResultFrame.prototype.toJSON = function() {
                return PresenceResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            PresenceResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.PresenceResultFrame";
            };

            return PresenceResultFrame;
        })();

        v1.ReceiptFrame = (function() {

            const ReceiptFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptFrame.prototype.id = 0;
            ReceiptFrame.prototype.d = null;

            ReceiptFrame.create = function(properties) {
                return new ReceiptFrame(properties);
            };

            ReceiptFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Receipt.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReceiptFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReceiptFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReceiptFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReceiptFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReceiptFrame.d: object expected");
                    message.d = $root.im.v1.Receipt.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReceiptFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Receipt.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReceiptFrame.prototype.toJSON = function() {
                return ReceiptFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReceiptFrame";
            };

            return ReceiptFrame;
        })();

        v1.ReceiptsFrame = (function() {

            const ReceiptsFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptsFrame.prototype.id = 0;
            ReceiptsFrame.prototype.d = null;

            ReceiptsFrame.create = function(properties) {
                return new ReceiptsFrame(properties);
            };

            ReceiptsFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ReceiptsRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptsFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReceiptsFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ReceiptsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptsFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReceiptsFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReceiptsFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReceiptsFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReceiptsFrame.d: object expected");
                    message.d = $root.im.v1.ReceiptsRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReceiptsFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ReceiptsRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReceiptsFrame.prototype.toJSON = function() {
                return ReceiptsFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptsFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReceiptsFrame";
            };

            return ReceiptsFrame;
        })();

        v1.ReceiptsResultFrame = (function() {

            const ReceiptsResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReceiptsResultFrame.prototype.id = 0;
            ReceiptsResultFrame.prototype.d = null;

            ReceiptsResultFrame.create = function(properties) {
                return new ReceiptsResultFrame(properties);
            };

            ReceiptsResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ReceiptsResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReceiptsResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReceiptsResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ReceiptsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReceiptsResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReceiptsResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReceiptsResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReceiptsResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReceiptsResultFrame.d: object expected");
                    message.d = $root.im.v1.ReceiptsResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReceiptsResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ReceiptsResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReceiptsResultFrame.prototype.toJSON = function() {
                return ReceiptsResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReceiptsResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReceiptsResultFrame";
            };

            return ReceiptsResultFrame;
        })();

        v1.ReadersFrame = (function() {

            const ReadersFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadersFrame.prototype.id = 0;
            ReadersFrame.prototype.d = null;

            ReadersFrame.create = function(properties) {
                return new ReadersFrame(properties);
            };

            ReadersFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ReadersRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadersFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadersFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ReadersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadersFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadersFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadersFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadersFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReadersFrame.d: object expected");
                    message.d = $root.im.v1.ReadersRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReadersFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ReadersRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReadersFrame.prototype.toJSON = function() {
                return ReadersFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadersFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadersFrame";
            };

            return ReadersFrame;
        })();

        v1.ReadersResultFrame = (function() {

            const ReadersResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadersResultFrame.prototype.id = 0;
            ReadersResultFrame.prototype.d = null;

            ReadersResultFrame.create = function(properties) {
                return new ReadersResultFrame(properties);
            };

            ReadersResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ReadersResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadersResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ReadersResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ReadersResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReadersResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ReadersResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ReadersResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ReadersResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ReadersResultFrame.d: object expected");
                    message.d = $root.im.v1.ReadersResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ReadersResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ReadersResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            ReadersResultFrame.prototype.toJSON = function() {
                return ReadersResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadersResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ReadersResultFrame";
            };

            return ReadersResultFrame;
        })();

        v1.EditFrame = (function() {

            const EditFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditFrame.prototype.id = 0;
            EditFrame.prototype.d = null;

            EditFrame.create = function(properties) {
                return new EditFrame(properties);
            };

            EditFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.EditRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.EditRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.EditFrame.d: object expected");
                    message.d = $root.im.v1.EditRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            EditFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.EditRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            EditFrame.prototype.toJSON = function() {
                return EditFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditFrame";
            };

            return EditFrame;
        })();

        v1.RecallFrame = (function() {

            const RecallFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecallFrame.prototype.id = 0;
            RecallFrame.prototype.d = null;

            RecallFrame.create = function(properties) {
                return new RecallFrame(properties);
            };

            RecallFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.RecallRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecallFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.RecallFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.RecallRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecallFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.RecallFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.RecallFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.RecallFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.RecallFrame.d: object expected");
                    message.d = $root.im.v1.RecallRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            RecallFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.RecallRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            RecallFrame.prototype.toJSON = function() {
                return RecallFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            RecallFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.RecallFrame";
            };

            return RecallFrame;
        })();

        v1.DeleteFrame = (function() {

            const DeleteFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeleteFrame.prototype.id = 0;
            DeleteFrame.prototype.d = null;

            DeleteFrame.create = function(properties) {
                return new DeleteFrame(properties);
            };

            DeleteFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.DeleteForMe.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeleteFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.DeleteFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.DeleteForMe.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeleteFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.DeleteFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.DeleteFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.DeleteFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.DeleteFrame.d: object expected");
                    message.d = $root.im.v1.DeleteForMe.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            DeleteFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.DeleteForMe.toObject(message.d, options, _depth + 1);
                return object;
            };

            DeleteFrame.prototype.toJSON = function() {
                return DeleteFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeleteFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.DeleteFrame";
            };

            return DeleteFrame;
        })();

        v1.DeletedFrame = (function() {

            const DeletedFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeletedFrame.prototype.id = 0;
            DeletedFrame.prototype.d = null;

            DeletedFrame.create = function(properties) {
                return new DeletedFrame(properties);
            };

            DeletedFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.DeleteForMe.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeletedFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.DeletedFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.DeleteForMe.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeletedFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.DeletedFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.DeletedFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.DeletedFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.DeletedFrame.d: object expected");
                    message.d = $root.im.v1.DeleteForMe.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            DeletedFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.DeleteForMe.toObject(message.d, options, _depth + 1);
                return object;
            };

            DeletedFrame.prototype.toJSON = function() {
                return DeletedFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeletedFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.DeletedFrame";
            };

            return DeletedFrame;
        })();

        v1.EditsFrame = (function() {

            const EditsFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditsFrame.prototype.id = 0;
            EditsFrame.prototype.d = null;

            EditsFrame.create = function(properties) {
                return new EditsFrame(properties);
            };

            EditsFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.EditsRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditsFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditsFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.EditsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditsFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditsFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditsFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditsFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.EditsFrame.d: object expected");
                    message.d = $root.im.v1.EditsRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            EditsFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.EditsRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            EditsFrame.prototype.toJSON = function() {
                return EditsFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditsFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditsFrame";
            };

            return EditsFrame;
        })();

        v1.EditsResultFrame = (function() {

            const EditsResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EditsResultFrame.prototype.id = 0;
            EditsResultFrame.prototype.d = null;

            EditsResultFrame.create = function(properties) {
                return new EditsResultFrame(properties);
            };

            EditsResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.EditsResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EditsResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.EditsResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.EditsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EditsResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.EditsResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.EditsResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.EditsResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.EditsResultFrame.d: object expected");
                    message.d = $root.im.v1.EditsResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            EditsResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.EditsResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            EditsResultFrame.prototype.toJSON = function() {
                return EditsResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            EditsResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.EditsResultFrame";
            };

            return EditsResultFrame;
        })();

        v1.MentionsFrame = (function() {

            const MentionsFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MentionsFrame.prototype.id = 0;
            MentionsFrame.prototype.d = null;

            MentionsFrame.create = function(properties) {
                return new MentionsFrame(properties);
            };

            MentionsFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.MentionsRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MentionsFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.MentionsFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.MentionsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MentionsFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.MentionsFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.MentionsFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.MentionsFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.MentionsFrame.d: object expected");
                    message.d = $root.im.v1.MentionsRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            MentionsFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.MentionsRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            MentionsFrame.prototype.toJSON = function() {
                return MentionsFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            MentionsFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.MentionsFrame";
            };

            return MentionsFrame;
        })();

        v1.MentionsResultFrame = (function() {

            const MentionsResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MentionsResultFrame.prototype.id = 0;
            MentionsResultFrame.prototype.d = null;

            MentionsResultFrame.create = function(properties) {
                return new MentionsResultFrame(properties);
            };

            MentionsResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.MentionsResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MentionsResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.MentionsResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.MentionsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MentionsResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.MentionsResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.MentionsResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.MentionsResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.MentionsResultFrame.d: object expected");
                    message.d = $root.im.v1.MentionsResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            MentionsResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.MentionsResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            MentionsResultFrame.prototype.toJSON = function() {
                return MentionsResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            MentionsResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.MentionsResultFrame";
            };

            return MentionsResultFrame;
        })();

        v1.ConversationUpdateFrame = (function() {

            const ConversationUpdateFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConversationUpdateFrame.prototype.id = 0;
            ConversationUpdateFrame.prototype.d = null;

            ConversationUpdateFrame.create = function(properties) {
                return new ConversationUpdateFrame(properties);
            };

            ConversationUpdateFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.ConversationUpdate.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConversationUpdateFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.ConversationUpdateFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.ConversationUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConversationUpdateFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.ConversationUpdateFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.ConversationUpdateFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.ConversationUpdateFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.ConversationUpdateFrame.d: object expected");
                    message.d = $root.im.v1.ConversationUpdate.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            ConversationUpdateFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.ConversationUpdate.toObject(message.d, options, _depth + 1);
                return object;
            };

            ConversationUpdateFrame.prototype.toJSON = function() {
                return ConversationUpdateFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConversationUpdateFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.ConversationUpdateFrame";
            };

            return ConversationUpdateFrame;
        })();

        v1.BlockFrame = (function() {

            const BlockFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BlockFrame.prototype.id = 0;
            BlockFrame.prototype.d = null;

            BlockFrame.create = function(properties) {
                return new BlockFrame(properties);
            };

            BlockFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.UserRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BlockFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.BlockFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.UserRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BlockFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.BlockFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.BlockFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.BlockFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.BlockFrame.d: object expected");
                    message.d = $root.im.v1.UserRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            BlockFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.UserRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            BlockFrame.prototype.toJSON = function() {
                return BlockFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            BlockFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.BlockFrame";
            };

            return BlockFrame;
        })();

        v1.UnblockFrame = (function() {

            const UnblockFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UnblockFrame.prototype.id = 0;
            UnblockFrame.prototype.d = null;

            UnblockFrame.create = function(properties) {
                return new UnblockFrame(properties);
            };

            UnblockFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.UserRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UnblockFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.UnblockFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.UserRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UnblockFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.UnblockFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.UnblockFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.UnblockFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.UnblockFrame.d: object expected");
                    message.d = $root.im.v1.UserRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            UnblockFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.UserRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            UnblockFrame.prototype.toJSON = function() {
                return UnblockFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            UnblockFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.UnblockFrame";
            };

            return UnblockFrame;
        })();

        v1.BlocksFrame = (function() {

            const BlocksFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BlocksFrame.prototype.id = 0;
            BlocksFrame.prototype.d = null;

            BlocksFrame.create = function(properties) {
                return new BlocksFrame(properties);
            };

            BlocksFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.Empty.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BlocksFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.BlocksFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.Empty.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BlocksFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.BlocksFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.BlocksFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.BlocksFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.BlocksFrame.d: object expected");
                    message.d = $root.im.v1.Empty.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            BlocksFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.Empty.toObject(message.d, options, _depth + 1);
                return object;
            };

            BlocksFrame.prototype.toJSON = function() {
                return BlocksFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            BlocksFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.BlocksFrame";
            };

            return BlocksFrame;
        })();

        v1.BlocksResultFrame = (function() {

            const BlocksResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BlocksResultFrame.prototype.id = 0;
            BlocksResultFrame.prototype.d = null;

            BlocksResultFrame.create = function(properties) {
                return new BlocksResultFrame(properties);
            };

            BlocksResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.BlocksResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BlocksResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.BlocksResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.BlocksResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BlocksResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.BlocksResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.BlocksResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.BlocksResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.BlocksResultFrame.d: object expected");
                    message.d = $root.im.v1.BlocksResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            BlocksResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.BlocksResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            BlocksResultFrame.prototype.toJSON = function() {
                return BlocksResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            BlocksResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.BlocksResultFrame";
            };

            return BlocksResultFrame;
        })();

        v1.GroupCreateFrame = (function() {

            const GroupCreateFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupCreateFrame.prototype.id = 0;
            GroupCreateFrame.prototype.d = null;

            GroupCreateFrame.create = function(properties) {
                return new GroupCreateFrame(properties);
            };

            GroupCreateFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupCreate.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupCreateFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupCreateFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupCreate.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupCreateFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupCreateFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupCreateFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupCreateFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupCreateFrame.d: object expected");
                    message.d = $root.im.v1.GroupCreate.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupCreateFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupCreate.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupCreateFrame.prototype.toJSON = function() {
                return GroupCreateFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupCreateFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupCreateFrame";
            };

            return GroupCreateFrame;
        })();

        v1.GroupFrame = (function() {

            const GroupFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupFrame.prototype.id = 0;
            GroupFrame.prototype.d = null;

            GroupFrame.create = function(properties) {
                return new GroupFrame(properties);
            };

            GroupFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupInfo.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupFrame.d: object expected");
                    message.d = $root.im.v1.GroupInfo.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupInfo.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupFrame.prototype.toJSON = function() {
                return GroupFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupFrame";
            };

            return GroupFrame;
        })();

        v1.GroupGetFrame = (function() {

            const GroupGetFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupGetFrame.prototype.id = 0;
            GroupGetFrame.prototype.d = null;

            GroupGetFrame.create = function(properties) {
                return new GroupGetFrame(properties);
            };

            GroupGetFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupGetFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupGetFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupGetFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupGetFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupGetFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupGetFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupGetFrame.d: object expected");
                    message.d = $root.im.v1.GroupRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupGetFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupGetFrame.prototype.toJSON = function() {
                return GroupGetFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupGetFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupGetFrame";
            };

            return GroupGetFrame;
        })();

        v1.GroupUpdateFrame = (function() {

            const GroupUpdateFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupUpdateFrame.prototype.id = 0;
            GroupUpdateFrame.prototype.d = null;

            GroupUpdateFrame.create = function(properties) {
                return new GroupUpdateFrame(properties);
            };

            GroupUpdateFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupUpdate.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupUpdateFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupUpdateFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupUpdateFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupUpdateFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupUpdateFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupUpdateFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupUpdateFrame.d: object expected");
                    message.d = $root.im.v1.GroupUpdate.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupUpdateFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupUpdate.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupUpdateFrame.prototype.toJSON = function() {
                return GroupUpdateFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupUpdateFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupUpdateFrame";
            };

            return GroupUpdateFrame;
        })();

        v1.GroupAddFrame = (function() {

            const GroupAddFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupAddFrame.prototype.id = 0;
            GroupAddFrame.prototype.d = null;

            GroupAddFrame.create = function(properties) {
                return new GroupAddFrame(properties);
            };

            GroupAddFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupAdd.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupAddFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupAddFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupAdd.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupAddFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupAddFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupAddFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupAddFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupAddFrame.d: object expected");
                    message.d = $root.im.v1.GroupAdd.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupAddFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupAdd.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupAddFrame.prototype.toJSON = function() {
                return GroupAddFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupAddFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupAddFrame";
            };

            return GroupAddFrame;
        })();

        v1.GroupRemoveFrame = (function() {

            const GroupRemoveFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupRemoveFrame.prototype.id = 0;
            GroupRemoveFrame.prototype.d = null;

            GroupRemoveFrame.create = function(properties) {
                return new GroupRemoveFrame(properties);
            };

            GroupRemoveFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMemberRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupRemoveFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupRemoveFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMemberRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupRemoveFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupRemoveFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupRemoveFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupRemoveFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupRemoveFrame.d: object expected");
                    message.d = $root.im.v1.GroupMemberRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupRemoveFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMemberRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupRemoveFrame.prototype.toJSON = function() {
                return GroupRemoveFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupRemoveFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupRemoveFrame";
            };

            return GroupRemoveFrame;
        })();

        v1.GroupMemberUpdateFrame = (function() {

            const GroupMemberUpdateFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMemberUpdateFrame.prototype.id = 0;
            GroupMemberUpdateFrame.prototype.d = null;

            GroupMemberUpdateFrame.create = function(properties) {
                return new GroupMemberUpdateFrame(properties);
            };

            GroupMemberUpdateFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMemberUpdate.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMemberUpdateFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMemberUpdateFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMemberUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMemberUpdateFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMemberUpdateFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMemberUpdateFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMemberUpdateFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupMemberUpdateFrame.d: object expected");
                    message.d = $root.im.v1.GroupMemberUpdate.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupMemberUpdateFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMemberUpdate.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupMemberUpdateFrame.prototype.toJSON = function() {
                return GroupMemberUpdateFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMemberUpdateFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMemberUpdateFrame";
            };

            return GroupMemberUpdateFrame;
        })();

        v1.GroupMemberFrame = (function() {

            const GroupMemberFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMemberFrame.prototype.id = 0;
            GroupMemberFrame.prototype.d = null;

            GroupMemberFrame.create = function(properties) {
                return new GroupMemberFrame(properties);
            };

            GroupMemberFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMember.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMemberFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMemberFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMember.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMemberFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMemberFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMemberFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMemberFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupMemberFrame.d: object expected");
                    message.d = $root.im.v1.GroupMember.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupMemberFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMember.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupMemberFrame.prototype.toJSON = function() {
                return GroupMemberFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMemberFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMemberFrame";
            };

            return GroupMemberFrame;
        })();

        v1.GroupTransferFrame = (function() {

            const GroupTransferFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupTransferFrame.prototype.id = 0;
            GroupTransferFrame.prototype.d = null;

            GroupTransferFrame.create = function(properties) {
                return new GroupTransferFrame(properties);
            };

            GroupTransferFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMemberRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupTransferFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupTransferFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMemberRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupTransferFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupTransferFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupTransferFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupTransferFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupTransferFrame.d: object expected");
                    message.d = $root.im.v1.GroupMemberRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupTransferFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMemberRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupTransferFrame.prototype.toJSON = function() {
                return GroupTransferFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupTransferFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupTransferFrame";
            };

            return GroupTransferFrame;
        })();

        v1.GroupJoinFrame = (function() {

            const GroupJoinFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupJoinFrame.prototype.id = 0;
            GroupJoinFrame.prototype.d = null;

            GroupJoinFrame.create = function(properties) {
                return new GroupJoinFrame(properties);
            };

            GroupJoinFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupJoinFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupJoinFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupJoinFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupJoinFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupJoinFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupJoinFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupJoinFrame.d: object expected");
                    message.d = $root.im.v1.GroupRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupJoinFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupJoinFrame.prototype.toJSON = function() {
                return GroupJoinFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupJoinFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupJoinFrame";
            };

            return GroupJoinFrame;
        })();

        v1.GroupDissolveFrame = (function() {

            const GroupDissolveFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupDissolveFrame.prototype.id = 0;
            GroupDissolveFrame.prototype.d = null;

            GroupDissolveFrame.create = function(properties) {
                return new GroupDissolveFrame(properties);
            };

            GroupDissolveFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupRef.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupDissolveFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupDissolveFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupRef.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupDissolveFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupDissolveFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupDissolveFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupDissolveFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupDissolveFrame.d: object expected");
                    message.d = $root.im.v1.GroupRef.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupDissolveFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupRef.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupDissolveFrame.prototype.toJSON = function() {
                return GroupDissolveFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupDissolveFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupDissolveFrame";
            };

            return GroupDissolveFrame;
        })();

        v1.GroupMembersFrame = (function() {

            const GroupMembersFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMembersFrame.prototype.id = 0;
            GroupMembersFrame.prototype.d = null;

            GroupMembersFrame.create = function(properties) {
                return new GroupMembersFrame(properties);
            };

            GroupMembersFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMembersRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMembersFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMembersFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMembersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMembersFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMembersFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMembersFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMembersFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupMembersFrame.d: object expected");
                    message.d = $root.im.v1.GroupMembersRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupMembersFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMembersRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupMembersFrame.prototype.toJSON = function() {
                return GroupMembersFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMembersFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMembersFrame";
            };

            return GroupMembersFrame;
        })();

        v1.GroupMembersResultFrame = (function() {

            const GroupMembersResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupMembersResultFrame.prototype.id = 0;
            GroupMembersResultFrame.prototype.d = null;

            GroupMembersResultFrame.create = function(properties) {
                return new GroupMembersResultFrame(properties);
            };

            GroupMembersResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupMembersResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupMembersResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupMembersResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupMembersResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupMembersResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupMembersResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupMembersResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupMembersResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupMembersResultFrame.d: object expected");
                    message.d = $root.im.v1.GroupMembersResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupMembersResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupMembersResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupMembersResultFrame.prototype.toJSON = function() {
                return GroupMembersResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupMembersResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupMembersResultFrame";
            };

            return GroupMembersResultFrame;
        })();

        v1.GroupsFrame = (function() {

            const GroupsFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupsFrame.prototype.id = 0;
            GroupsFrame.prototype.d = null;

            GroupsFrame.create = function(properties) {
                return new GroupsFrame(properties);
            };

            GroupsFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupsRequest.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupsFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupsFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupsFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupsFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupsFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupsFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupsFrame.d: object expected");
                    message.d = $root.im.v1.GroupsRequest.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupsFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupsRequest.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupsFrame.prototype.toJSON = function() {
                return GroupsFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupsFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupsFrame";
            };

            return GroupsFrame;
        })();

        v1.GroupsResultFrame = (function() {

            const GroupsResultFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GroupsResultFrame.prototype.id = 0;
            GroupsResultFrame.prototype.d = null;

            GroupsResultFrame.create = function(properties) {
                return new GroupsResultFrame(properties);
            };

            GroupsResultFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.im.v1.GroupsResult.encode(message.d, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GroupsResultFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.im.v1.GroupsResultFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.im.v1.GroupsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GroupsResultFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.im.v1.GroupsResultFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".im.v1.GroupsResultFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.im.v1.GroupsResultFrame();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.d != null) {
                    if (!$util.isObject(object.d))
                        throw $TypeError(".im.v1.GroupsResultFrame.d: object expected");
                    message.d = $root.im.v1.GroupsResult.fromObject(object.d, _depth + 1);
                }
                return message;
            };

            GroupsResultFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.d = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    object.d = $root.im.v1.GroupsResult.toObject(message.d, options, _depth + 1);
                return object;
            };

            GroupsResultFrame.prototype.toJSON = function() {
                return GroupsResultFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            GroupsResultFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/im.v1.GroupsResultFrame";
            };

            return GroupsResultFrame;
        })();

        return v1;
    })();

    return im;
})();

export {
  $root as default
};
