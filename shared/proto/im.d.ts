import * as $protobuf from "protobufjs/minimal.js";
import type Long from "long";

/** Namespace im. */
export namespace im {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a FileRef.
         * @deprecated Use im.v1.FileRef.$Properties instead.
         */
        interface IFileRef extends im.v1.FileRef.$Properties {
        }

        /** Represents a FileRef. */
        class FileRef {

            /**
             * Constructs a new FileRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.FileRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileRef id. */
            id: string;

            /** FileRef name. */
            name: string;

            /** FileRef mime. */
            mime: string;

            /** FileRef size. */
            size: (number|Long);

            /** FileRef width. */
            width: number;

            /** FileRef height. */
            height: number;

            /**
             * Creates a new FileRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileRef instance
             */
            static create(properties: im.v1.FileRef.$Shape): im.v1.FileRef & im.v1.FileRef.$Shape;
            static create(properties?: im.v1.FileRef.$Properties): im.v1.FileRef;

            /**
             * Encodes the specified FileRef message. Does not implicitly {@link im.v1.FileRef.verify|verify} messages.
             * @param message FileRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.FileRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.FileRef & im.v1.FileRef.$Shape} FileRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.FileRef & im.v1.FileRef.$Shape;

            /**
             * Creates a FileRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileRef
             */
            static fromObject(object: { [k: string]: any }): im.v1.FileRef;

            /**
             * Creates a plain object from a FileRef message. Also converts values to other types if specified.
             * @param message FileRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.FileRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileRef {

            /** Properties of a FileRef. */
            interface $Properties {

                /** FileRef id */
                id?: (string|null);

                /** FileRef name */
                name?: (string|null);

                /** FileRef mime */
                mime?: (string|null);

                /** FileRef size */
                size?: (number|Long|null);

                /** FileRef width */
                width?: (number|null);

                /** FileRef height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileRef. */
            type $Shape = im.v1.FileRef.$Properties;
        }

        /**
         * Properties of a Content.
         * @deprecated Use im.v1.Content.$Properties instead.
         */
        interface IContent extends im.v1.Content.$Properties {
        }

        /** Represents a Content. */
        class Content {

            /**
             * Constructs a new Content.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Content.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Content text. */
            text: string;

            /** Content file. */
            file?: (im.v1.FileRef.$Properties|null);

            /** Content data. */
            data: string;

            /**
             * Creates a new Content instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Content instance
             */
            static create(properties: im.v1.Content.$Shape): im.v1.Content & im.v1.Content.$Shape;
            static create(properties?: im.v1.Content.$Properties): im.v1.Content;

            /**
             * Encodes the specified Content message. Does not implicitly {@link im.v1.Content.verify|verify} messages.
             * @param message Content message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Content.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Content message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Content & im.v1.Content.$Shape} Content
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Content & im.v1.Content.$Shape;

            /**
             * Creates a Content message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Content
             */
            static fromObject(object: { [k: string]: any }): im.v1.Content;

            /**
             * Creates a plain object from a Content message. Also converts values to other types if specified.
             * @param message Content
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Content, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Content to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Content
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Content {

            /** Properties of a Content. */
            interface $Properties {

                /** Content text */
                text?: (string|null);

                /** Content file */
                file?: (im.v1.FileRef.$Properties|null);

                /** Content data */
                data?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Content. */
            type $Shape = im.v1.Content.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use im.v1.Message.$Properties instead.
         */
        interface IMessage extends im.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message messageId. */
            messageId: string;

            /** Message conversationId. */
            conversationId: string;

            /** Message seq. */
            seq: (number|Long);

            /** Message senderId. */
            senderId: string;

            /** Message clientMsgId. */
            clientMsgId: string;

            /** Message type. */
            type: string;

            /** Message content. */
            content?: (im.v1.Content.$Properties|null);

            /** Message ts. */
            ts: (number|Long);

            /** Message replyTo. */
            replyTo: string;

            /** Message mentions. */
            mentions: string[];

            /** Message editedAt. */
            editedAt: (number|Long);

            /** Message recalled. */
            recalled: boolean;

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: im.v1.Message.$Shape): im.v1.Message & im.v1.Message.$Shape;
            static create(properties?: im.v1.Message.$Properties): im.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link im.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Message & im.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Message & im.v1.Message.$Shape;

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): im.v1.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Message
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message messageId */
                messageId?: (string|null);

                /** Message conversationId */
                conversationId?: (string|null);

                /** Message seq */
                seq?: (number|Long|null);

                /** Message senderId */
                senderId?: (string|null);

                /** Message clientMsgId */
                clientMsgId?: (string|null);

                /** Message type */
                type?: (string|null);

                /** Message content */
                content?: (im.v1.Content.$Properties|null);

                /** Message ts */
                ts?: (number|Long|null);

                /** Message replyTo */
                replyTo?: (string|null);

                /** Message mentions */
                mentions?: (string[]|null);

                /** Message editedAt */
                editedAt?: (number|Long|null);

                /** Message recalled */
                recalled?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = im.v1.Message.$Properties;
        }

        /**
         * Properties of a ConversationState.
         * @deprecated Use im.v1.ConversationState.$Properties instead.
         */
        interface IConversationState extends im.v1.ConversationState.$Properties {
        }

        /** Represents a ConversationState. */
        class ConversationState {

            /**
             * Constructs a new ConversationState.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ConversationState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationState conversationId. */
            conversationId: string;

            /** ConversationState kind. */
            kind: string;

            /** ConversationState peerId. */
            peerId: string;

            /** ConversationState lastSeq. */
            lastSeq: (number|Long);

            /** ConversationState readSeq. */
            readSeq: (number|Long);

            /** ConversationState unread. */
            unread: (number|Long);

            /** ConversationState deliveredSeq. */
            deliveredSeq: (number|Long);

            /** ConversationState lastMessage. */
            lastMessage?: (im.v1.Message.$Properties|null);

            /** ConversationState updatedAt. */
            updatedAt: (number|Long);

            /**
             * Creates a new ConversationState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationState instance
             */
            static create(properties: im.v1.ConversationState.$Shape): im.v1.ConversationState & im.v1.ConversationState.$Shape;
            static create(properties?: im.v1.ConversationState.$Properties): im.v1.ConversationState;

            /**
             * Encodes the specified ConversationState message. Does not implicitly {@link im.v1.ConversationState.verify|verify} messages.
             * @param message ConversationState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ConversationState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ConversationState & im.v1.ConversationState.$Shape} ConversationState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ConversationState & im.v1.ConversationState.$Shape;

            /**
             * Creates a ConversationState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationState
             */
            static fromObject(object: { [k: string]: any }): im.v1.ConversationState;

            /**
             * Creates a plain object from a ConversationState message. Also converts values to other types if specified.
             * @param message ConversationState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ConversationState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationState {

            /** Properties of a ConversationState. */
            interface $Properties {

                /** ConversationState conversationId */
                conversationId?: (string|null);

                /** ConversationState kind */
                kind?: (string|null);

                /** ConversationState peerId */
                peerId?: (string|null);

                /** ConversationState lastSeq */
                lastSeq?: (number|Long|null);

                /** ConversationState readSeq */
                readSeq?: (number|Long|null);

                /** ConversationState unread */
                unread?: (number|Long|null);

                /** ConversationState deliveredSeq */
                deliveredSeq?: (number|Long|null);

                /** ConversationState lastMessage */
                lastMessage?: (im.v1.Message.$Properties|null);

                /** ConversationState updatedAt */
                updatedAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationState. */
            type $Shape = im.v1.ConversationState.$Properties;
        }

        /**
         * Properties of an Empty.
         * @deprecated Use im.v1.Empty.$Properties instead.
         */
        interface IEmpty extends im.v1.Empty.$Properties {
        }

        /** Represents an Empty. */
        class Empty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Empty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            static create(properties: im.v1.Empty.$Shape): im.v1.Empty & im.v1.Empty.$Shape;
            static create(properties?: im.v1.Empty.$Properties): im.v1.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link im.v1.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Empty & im.v1.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Empty & im.v1.Empty.$Shape;

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Empty
             */
            static fromObject(object: { [k: string]: any }): im.v1.Empty;

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @param message Empty
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Empty to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Empty
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Empty {

            /** Properties of an Empty. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Empty. */
            type $Shape = im.v1.Empty.$Properties;
        }

        /**
         * Properties of an Auth.
         * @deprecated Use im.v1.Auth.$Properties instead.
         */
        interface IAuth extends im.v1.Auth.$Properties {
        }

        /** Represents an Auth. */
        class Auth {

            /**
             * Constructs a new Auth.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Auth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Auth token. */
            token: string;

            /** Auth deviceId. */
            deviceId: string;

            /**
             * Creates a new Auth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Auth instance
             */
            static create(properties: im.v1.Auth.$Shape): im.v1.Auth & im.v1.Auth.$Shape;
            static create(properties?: im.v1.Auth.$Properties): im.v1.Auth;

            /**
             * Encodes the specified Auth message. Does not implicitly {@link im.v1.Auth.verify|verify} messages.
             * @param message Auth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Auth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Auth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Auth & im.v1.Auth.$Shape} Auth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Auth & im.v1.Auth.$Shape;

            /**
             * Creates an Auth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Auth
             */
            static fromObject(object: { [k: string]: any }): im.v1.Auth;

            /**
             * Creates a plain object from an Auth message. Also converts values to other types if specified.
             * @param message Auth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Auth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Auth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Auth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Auth {

            /** Properties of an Auth. */
            interface $Properties {

                /** Auth token */
                token?: (string|null);

                /** Auth deviceId */
                deviceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Auth. */
            type $Shape = im.v1.Auth.$Properties;
        }

        /**
         * Properties of an AuthOk.
         * @deprecated Use im.v1.AuthOk.$Properties instead.
         */
        interface IAuthOk extends im.v1.AuthOk.$Properties {
        }

        /** Represents an AuthOk. */
        class AuthOk {

            /**
             * Constructs a new AuthOk.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.AuthOk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthOk userId. */
            userId: string;

            /** AuthOk deviceId. */
            deviceId: string;

            /** AuthOk sessionId. */
            sessionId: string;

            /** AuthOk serverTime. */
            serverTime: (number|Long);

            /** AuthOk heartbeatMs. */
            heartbeatMs: number;

            /** AuthOk maxFrameBytes. */
            maxFrameBytes: number;

            /** AuthOk compression. */
            compression: string;

            /**
             * Creates a new AuthOk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthOk instance
             */
            static create(properties: im.v1.AuthOk.$Shape): im.v1.AuthOk & im.v1.AuthOk.$Shape;
            static create(properties?: im.v1.AuthOk.$Properties): im.v1.AuthOk;

            /**
             * Encodes the specified AuthOk message. Does not implicitly {@link im.v1.AuthOk.verify|verify} messages.
             * @param message AuthOk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.AuthOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthOk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.AuthOk & im.v1.AuthOk.$Shape} AuthOk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.AuthOk & im.v1.AuthOk.$Shape;

            /**
             * Creates an AuthOk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthOk
             */
            static fromObject(object: { [k: string]: any }): im.v1.AuthOk;

            /**
             * Creates a plain object from an AuthOk message. Also converts values to other types if specified.
             * @param message AuthOk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.AuthOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthOk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthOk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthOk {

            /** Properties of an AuthOk. */
            interface $Properties {

                /** AuthOk userId */
                userId?: (string|null);

                /** AuthOk deviceId */
                deviceId?: (string|null);

                /** AuthOk sessionId */
                sessionId?: (string|null);

                /** AuthOk serverTime */
                serverTime?: (number|Long|null);

                /** AuthOk heartbeatMs */
                heartbeatMs?: (number|null);

                /** AuthOk maxFrameBytes */
                maxFrameBytes?: (number|null);

                /** AuthOk compression */
                compression?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthOk. */
            type $Shape = im.v1.AuthOk.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use im.v1.Error.$Properties instead.
         */
        interface IError extends im.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error status. */
            status: number;

            /** Error retryable. */
            retryable: boolean;

            /** Error retryAfterMs. */
            retryAfterMs: number;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: im.v1.Error.$Shape): im.v1.Error & im.v1.Error.$Shape;
            static create(properties?: im.v1.Error.$Properties): im.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link im.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Error & im.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Error & im.v1.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): im.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error status */
                status?: (number|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = im.v1.Error.$Properties;
        }

        /**
         * Properties of a SendRequest.
         * @deprecated Use im.v1.SendRequest.$Properties instead.
         */
        interface ISendRequest extends im.v1.SendRequest.$Properties {
        }

        /** Represents a SendRequest. */
        class SendRequest {

            /**
             * Constructs a new SendRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SendRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendRequest conversationId. */
            conversationId: string;

            /** SendRequest to. */
            to: string;

            /** SendRequest clientMsgId. */
            clientMsgId: string;

            /** SendRequest type. */
            type: string;

            /** SendRequest content. */
            content?: (im.v1.Content.$Properties|null);

            /** SendRequest replyTo. */
            replyTo: string;

            /** SendRequest mentions. */
            mentions: string[];

            /**
             * Creates a new SendRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendRequest instance
             */
            static create(properties: im.v1.SendRequest.$Shape): im.v1.SendRequest & im.v1.SendRequest.$Shape;
            static create(properties?: im.v1.SendRequest.$Properties): im.v1.SendRequest;

            /**
             * Encodes the specified SendRequest message. Does not implicitly {@link im.v1.SendRequest.verify|verify} messages.
             * @param message SendRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SendRequest & im.v1.SendRequest.$Shape} SendRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SendRequest & im.v1.SendRequest.$Shape;

            /**
             * Creates a SendRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.SendRequest;

            /**
             * Creates a plain object from a SendRequest message. Also converts values to other types if specified.
             * @param message SendRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendRequest {

            /** Properties of a SendRequest. */
            interface $Properties {

                /** SendRequest conversationId */
                conversationId?: (string|null);

                /** SendRequest to */
                to?: (string|null);

                /** SendRequest clientMsgId */
                clientMsgId?: (string|null);

                /** SendRequest type */
                type?: (string|null);

                /** SendRequest content */
                content?: (im.v1.Content.$Properties|null);

                /** SendRequest replyTo */
                replyTo?: (string|null);

                /** SendRequest mentions */
                mentions?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendRequest. */
            type $Shape = im.v1.SendRequest.$Properties;
        }

        /**
         * Properties of a SendAck.
         * @deprecated Use im.v1.SendAck.$Properties instead.
         */
        interface ISendAck extends im.v1.SendAck.$Properties {
        }

        /** Represents a SendAck. */
        class SendAck {

            /**
             * Constructs a new SendAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SendAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendAck messageId. */
            messageId: string;

            /** SendAck conversationId. */
            conversationId: string;

            /** SendAck seq. */
            seq: (number|Long);

            /** SendAck ts. */
            ts: (number|Long);

            /** SendAck clientMsgId. */
            clientMsgId: string;

            /** SendAck duplicate. */
            duplicate: boolean;

            /**
             * Creates a new SendAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendAck instance
             */
            static create(properties: im.v1.SendAck.$Shape): im.v1.SendAck & im.v1.SendAck.$Shape;
            static create(properties?: im.v1.SendAck.$Properties): im.v1.SendAck;

            /**
             * Encodes the specified SendAck message. Does not implicitly {@link im.v1.SendAck.verify|verify} messages.
             * @param message SendAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SendAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SendAck & im.v1.SendAck.$Shape} SendAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SendAck & im.v1.SendAck.$Shape;

            /**
             * Creates a SendAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendAck
             */
            static fromObject(object: { [k: string]: any }): im.v1.SendAck;

            /**
             * Creates a plain object from a SendAck message. Also converts values to other types if specified.
             * @param message SendAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SendAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendAck
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendAck {

            /** Properties of a SendAck. */
            interface $Properties {

                /** SendAck messageId */
                messageId?: (string|null);

                /** SendAck conversationId */
                conversationId?: (string|null);

                /** SendAck seq */
                seq?: (number|Long|null);

                /** SendAck ts */
                ts?: (number|Long|null);

                /** SendAck clientMsgId */
                clientMsgId?: (string|null);

                /** SendAck duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendAck. */
            type $Shape = im.v1.SendAck.$Properties;
        }

        /**
         * Properties of a SeqMark.
         * @deprecated Use im.v1.SeqMark.$Properties instead.
         */
        interface ISeqMark extends im.v1.SeqMark.$Properties {
        }

        /** Represents a SeqMark. */
        class SeqMark {

            /**
             * Constructs a new SeqMark.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SeqMark.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeqMark conversationId. */
            conversationId: string;

            /** SeqMark seq. */
            seq: (number|Long);

            /**
             * Creates a new SeqMark instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeqMark instance
             */
            static create(properties: im.v1.SeqMark.$Shape): im.v1.SeqMark & im.v1.SeqMark.$Shape;
            static create(properties?: im.v1.SeqMark.$Properties): im.v1.SeqMark;

            /**
             * Encodes the specified SeqMark message. Does not implicitly {@link im.v1.SeqMark.verify|verify} messages.
             * @param message SeqMark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SeqMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeqMark message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SeqMark & im.v1.SeqMark.$Shape} SeqMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SeqMark & im.v1.SeqMark.$Shape;

            /**
             * Creates a SeqMark message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeqMark
             */
            static fromObject(object: { [k: string]: any }): im.v1.SeqMark;

            /**
             * Creates a plain object from a SeqMark message. Also converts values to other types if specified.
             * @param message SeqMark
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SeqMark, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeqMark to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeqMark
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeqMark {

            /** Properties of a SeqMark. */
            interface $Properties {

                /** SeqMark conversationId */
                conversationId?: (string|null);

                /** SeqMark seq */
                seq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeqMark. */
            type $Shape = im.v1.SeqMark.$Properties;
        }

        /**
         * Properties of a SyncRequest.
         * @deprecated Use im.v1.SyncRequest.$Properties instead.
         */
        interface ISyncRequest extends im.v1.SyncRequest.$Properties {
        }

        /** Represents a SyncRequest. */
        class SyncRequest {

            /**
             * Constructs a new SyncRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SyncRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncRequest token. */
            token: string;

            /** SyncRequest limit. */
            limit: number;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncRequest instance
             */
            static create(properties: im.v1.SyncRequest.$Shape): im.v1.SyncRequest & im.v1.SyncRequest.$Shape;
            static create(properties?: im.v1.SyncRequest.$Properties): im.v1.SyncRequest;

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link im.v1.SyncRequest.verify|verify} messages.
             * @param message SyncRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SyncRequest & im.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SyncRequest & im.v1.SyncRequest.$Shape;

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.SyncRequest;

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @param message SyncRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncRequest {

            /** Properties of a SyncRequest. */
            interface $Properties {

                /** SyncRequest token */
                token?: (string|null);

                /** SyncRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncRequest. */
            type $Shape = im.v1.SyncRequest.$Properties;
        }

        /**
         * Properties of a SyncResult.
         * @deprecated Use im.v1.SyncResult.$Properties instead.
         */
        interface ISyncResult extends im.v1.SyncResult.$Properties {
        }

        /** Represents a SyncResult. */
        class SyncResult {

            /**
             * Constructs a new SyncResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SyncResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncResult token. */
            token: string;

            /** SyncResult conversations. */
            conversations: im.v1.ConversationState.$Properties[];

            /** SyncResult reset. */
            reset: boolean;

            /** SyncResult hasMore. */
            hasMore: boolean;

            /**
             * Creates a new SyncResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncResult instance
             */
            static create(properties: im.v1.SyncResult.$Shape): im.v1.SyncResult & im.v1.SyncResult.$Shape;
            static create(properties?: im.v1.SyncResult.$Properties): im.v1.SyncResult;

            /**
             * Encodes the specified SyncResult message. Does not implicitly {@link im.v1.SyncResult.verify|verify} messages.
             * @param message SyncResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SyncResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SyncResult & im.v1.SyncResult.$Shape} SyncResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SyncResult & im.v1.SyncResult.$Shape;

            /**
             * Creates a SyncResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.SyncResult;

            /**
             * Creates a plain object from a SyncResult message. Also converts values to other types if specified.
             * @param message SyncResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SyncResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncResult {

            /** Properties of a SyncResult. */
            interface $Properties {

                /** SyncResult token */
                token?: (string|null);

                /** SyncResult conversations */
                conversations?: (im.v1.ConversationState.$Properties[]|null);

                /** SyncResult reset */
                reset?: (boolean|null);

                /** SyncResult hasMore */
                hasMore?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncResult. */
            type $Shape = im.v1.SyncResult.$Properties;
        }

        /**
         * Properties of a HistoryRequest.
         * @deprecated Use im.v1.HistoryRequest.$Properties instead.
         */
        interface IHistoryRequest extends im.v1.HistoryRequest.$Properties {
        }

        /** Represents a HistoryRequest. */
        class HistoryRequest {

            /**
             * Constructs a new HistoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.HistoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryRequest conversationId. */
            conversationId: string;

            /** HistoryRequest afterSeq. */
            afterSeq: (number|Long);

            /** HistoryRequest beforeSeq. */
            beforeSeq: (number|Long);

            /** HistoryRequest limit. */
            limit: number;

            /**
             * Creates a new HistoryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryRequest instance
             */
            static create(properties: im.v1.HistoryRequest.$Shape): im.v1.HistoryRequest & im.v1.HistoryRequest.$Shape;
            static create(properties?: im.v1.HistoryRequest.$Properties): im.v1.HistoryRequest;

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link im.v1.HistoryRequest.verify|verify} messages.
             * @param message HistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.HistoryRequest & im.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.HistoryRequest & im.v1.HistoryRequest.$Shape;

            /**
             * Creates a HistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.HistoryRequest;

            /**
             * Creates a plain object from a HistoryRequest message. Also converts values to other types if specified.
             * @param message HistoryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.HistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HistoryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryRequest {

            /** Properties of a HistoryRequest. */
            interface $Properties {

                /** HistoryRequest conversationId */
                conversationId?: (string|null);

                /** HistoryRequest afterSeq */
                afterSeq?: (number|Long|null);

                /** HistoryRequest beforeSeq */
                beforeSeq?: (number|Long|null);

                /** HistoryRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryRequest. */
            type $Shape = im.v1.HistoryRequest.$Properties;
        }

        /**
         * Properties of a HistoryResult.
         * @deprecated Use im.v1.HistoryResult.$Properties instead.
         */
        interface IHistoryResult extends im.v1.HistoryResult.$Properties {
        }

        /** Represents a HistoryResult. */
        class HistoryResult {

            /**
             * Constructs a new HistoryResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.HistoryResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryResult conversationId. */
            conversationId: string;

            /** HistoryResult messages. */
            messages: im.v1.Message.$Properties[];

            /** HistoryResult hasMore. */
            hasMore: boolean;

            /** HistoryResult lastSeq. */
            lastSeq: (number|Long);

            /**
             * Creates a new HistoryResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryResult instance
             */
            static create(properties: im.v1.HistoryResult.$Shape): im.v1.HistoryResult & im.v1.HistoryResult.$Shape;
            static create(properties?: im.v1.HistoryResult.$Properties): im.v1.HistoryResult;

            /**
             * Encodes the specified HistoryResult message. Does not implicitly {@link im.v1.HistoryResult.verify|verify} messages.
             * @param message HistoryResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.HistoryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.HistoryResult & im.v1.HistoryResult.$Shape} HistoryResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.HistoryResult & im.v1.HistoryResult.$Shape;

            /**
             * Creates a HistoryResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.HistoryResult;

            /**
             * Creates a plain object from a HistoryResult message. Also converts values to other types if specified.
             * @param message HistoryResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.HistoryResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HistoryResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryResult {

            /** Properties of a HistoryResult. */
            interface $Properties {

                /** HistoryResult conversationId */
                conversationId?: (string|null);

                /** HistoryResult messages */
                messages?: (im.v1.Message.$Properties[]|null);

                /** HistoryResult hasMore */
                hasMore?: (boolean|null);

                /** HistoryResult lastSeq */
                lastSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryResult. */
            type $Shape = im.v1.HistoryResult.$Properties;
        }

        /**
         * Properties of an InternalMessage.
         * @deprecated Use im.v1.InternalMessage.$Properties instead.
         */
        interface IInternalMessage extends im.v1.InternalMessage.$Properties {
        }

        /** Represents an InternalMessage. */
        class InternalMessage {

            /**
             * Constructs a new InternalMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.InternalMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InternalMessage messageId. */
            messageId: string;

            /** InternalMessage sourceService. */
            sourceService: string;

            /** InternalMessage targetService. */
            targetService: string;

            /** InternalMessage messageType. */
            messageType: number;

            /** InternalMessage timestamp. */
            timestamp: (number|Long);

            /** InternalMessage payload. */
            payload: Uint8Array;

            /** InternalMessage metadata. */
            metadata: { [k: string]: string };

            /**
             * Creates a new InternalMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InternalMessage instance
             */
            static create(properties: im.v1.InternalMessage.$Shape): im.v1.InternalMessage & im.v1.InternalMessage.$Shape;
            static create(properties?: im.v1.InternalMessage.$Properties): im.v1.InternalMessage;

            /**
             * Encodes the specified InternalMessage message. Does not implicitly {@link im.v1.InternalMessage.verify|verify} messages.
             * @param message InternalMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.InternalMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InternalMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.InternalMessage & im.v1.InternalMessage.$Shape} InternalMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.InternalMessage & im.v1.InternalMessage.$Shape;

            /**
             * Creates an InternalMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InternalMessage
             */
            static fromObject(object: { [k: string]: any }): im.v1.InternalMessage;

            /**
             * Creates a plain object from an InternalMessage message. Also converts values to other types if specified.
             * @param message InternalMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.InternalMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InternalMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InternalMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InternalMessage {

            /** Properties of an InternalMessage. */
            interface $Properties {

                /** InternalMessage messageId */
                messageId?: (string|null);

                /** InternalMessage sourceService */
                sourceService?: (string|null);

                /** InternalMessage targetService */
                targetService?: (string|null);

                /** InternalMessage messageType */
                messageType?: (number|null);

                /** InternalMessage timestamp */
                timestamp?: (number|Long|null);

                /** InternalMessage payload */
                payload?: (Uint8Array|null);

                /** InternalMessage metadata */
                metadata?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InternalMessage. */
            type $Shape = im.v1.InternalMessage.$Properties;
        }

        /**
         * Properties of an AuthFrame.
         * @deprecated Use im.v1.AuthFrame.$Properties instead.
         */
        interface IAuthFrame extends im.v1.AuthFrame.$Properties {
        }

        /** Represents an AuthFrame. */
        class AuthFrame {

            /**
             * Constructs a new AuthFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.AuthFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthFrame id. */
            id: number;

            /** AuthFrame d. */
            d?: (im.v1.Auth.$Properties|null);

            /**
             * Creates a new AuthFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthFrame instance
             */
            static create(properties: im.v1.AuthFrame.$Shape): im.v1.AuthFrame & im.v1.AuthFrame.$Shape;
            static create(properties?: im.v1.AuthFrame.$Properties): im.v1.AuthFrame;

            /**
             * Encodes the specified AuthFrame message. Does not implicitly {@link im.v1.AuthFrame.verify|verify} messages.
             * @param message AuthFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.AuthFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.AuthFrame & im.v1.AuthFrame.$Shape} AuthFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.AuthFrame & im.v1.AuthFrame.$Shape;

            /**
             * Creates an AuthFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.AuthFrame;

            /**
             * Creates a plain object from an AuthFrame message. Also converts values to other types if specified.
             * @param message AuthFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.AuthFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthFrame {

            /** Properties of an AuthFrame. */
            interface $Properties {

                /** AuthFrame id */
                id?: (number|null);

                /** AuthFrame d */
                d?: (im.v1.Auth.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthFrame. */
            type $Shape = im.v1.AuthFrame.$Properties;
        }

        /**
         * Properties of an AuthOkFrame.
         * @deprecated Use im.v1.AuthOkFrame.$Properties instead.
         */
        interface IAuthOkFrame extends im.v1.AuthOkFrame.$Properties {
        }

        /** Represents an AuthOkFrame. */
        class AuthOkFrame {

            /**
             * Constructs a new AuthOkFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.AuthOkFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthOkFrame id. */
            id: number;

            /** AuthOkFrame d. */
            d?: (im.v1.AuthOk.$Properties|null);

            /**
             * Creates a new AuthOkFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthOkFrame instance
             */
            static create(properties: im.v1.AuthOkFrame.$Shape): im.v1.AuthOkFrame & im.v1.AuthOkFrame.$Shape;
            static create(properties?: im.v1.AuthOkFrame.$Properties): im.v1.AuthOkFrame;

            /**
             * Encodes the specified AuthOkFrame message. Does not implicitly {@link im.v1.AuthOkFrame.verify|verify} messages.
             * @param message AuthOkFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.AuthOkFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthOkFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.AuthOkFrame & im.v1.AuthOkFrame.$Shape} AuthOkFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.AuthOkFrame & im.v1.AuthOkFrame.$Shape;

            /**
             * Creates an AuthOkFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthOkFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.AuthOkFrame;

            /**
             * Creates a plain object from an AuthOkFrame message. Also converts values to other types if specified.
             * @param message AuthOkFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.AuthOkFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthOkFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthOkFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthOkFrame {

            /** Properties of an AuthOkFrame. */
            interface $Properties {

                /** AuthOkFrame id */
                id?: (number|null);

                /** AuthOkFrame d */
                d?: (im.v1.AuthOk.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthOkFrame. */
            type $Shape = im.v1.AuthOkFrame.$Properties;
        }

        /**
         * Properties of a PingFrame.
         * @deprecated Use im.v1.PingFrame.$Properties instead.
         */
        interface IPingFrame extends im.v1.PingFrame.$Properties {
        }

        /** Represents a PingFrame. */
        class PingFrame {

            /**
             * Constructs a new PingFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PingFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingFrame id. */
            id: number;

            /** PingFrame d. */
            d?: (im.v1.Empty.$Properties|null);

            /**
             * Creates a new PingFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingFrame instance
             */
            static create(properties: im.v1.PingFrame.$Shape): im.v1.PingFrame & im.v1.PingFrame.$Shape;
            static create(properties?: im.v1.PingFrame.$Properties): im.v1.PingFrame;

            /**
             * Encodes the specified PingFrame message. Does not implicitly {@link im.v1.PingFrame.verify|verify} messages.
             * @param message PingFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PingFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PingFrame & im.v1.PingFrame.$Shape} PingFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PingFrame & im.v1.PingFrame.$Shape;

            /**
             * Creates a PingFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.PingFrame;

            /**
             * Creates a plain object from a PingFrame message. Also converts values to other types if specified.
             * @param message PingFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PingFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingFrame {

            /** Properties of a PingFrame. */
            interface $Properties {

                /** PingFrame id */
                id?: (number|null);

                /** PingFrame d */
                d?: (im.v1.Empty.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingFrame. */
            type $Shape = im.v1.PingFrame.$Properties;
        }

        /**
         * Properties of a PongFrame.
         * @deprecated Use im.v1.PongFrame.$Properties instead.
         */
        interface IPongFrame extends im.v1.PongFrame.$Properties {
        }

        /** Represents a PongFrame. */
        class PongFrame {

            /**
             * Constructs a new PongFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PongFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PongFrame id. */
            id: number;

            /** PongFrame d. */
            d?: (im.v1.Empty.$Properties|null);

            /**
             * Creates a new PongFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PongFrame instance
             */
            static create(properties: im.v1.PongFrame.$Shape): im.v1.PongFrame & im.v1.PongFrame.$Shape;
            static create(properties?: im.v1.PongFrame.$Properties): im.v1.PongFrame;

            /**
             * Encodes the specified PongFrame message. Does not implicitly {@link im.v1.PongFrame.verify|verify} messages.
             * @param message PongFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PongFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PongFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PongFrame & im.v1.PongFrame.$Shape} PongFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PongFrame & im.v1.PongFrame.$Shape;

            /**
             * Creates a PongFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PongFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.PongFrame;

            /**
             * Creates a plain object from a PongFrame message. Also converts values to other types if specified.
             * @param message PongFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PongFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PongFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PongFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PongFrame {

            /** Properties of a PongFrame. */
            interface $Properties {

                /** PongFrame id */
                id?: (number|null);

                /** PongFrame d */
                d?: (im.v1.Empty.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PongFrame. */
            type $Shape = im.v1.PongFrame.$Properties;
        }

        /**
         * Properties of an ErrorFrame.
         * @deprecated Use im.v1.ErrorFrame.$Properties instead.
         */
        interface IErrorFrame extends im.v1.ErrorFrame.$Properties {
        }

        /** Represents an ErrorFrame. */
        class ErrorFrame {

            /**
             * Constructs a new ErrorFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ErrorFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorFrame id. */
            id: number;

            /** ErrorFrame d. */
            d?: (im.v1.Error.$Properties|null);

            /**
             * Creates a new ErrorFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorFrame instance
             */
            static create(properties: im.v1.ErrorFrame.$Shape): im.v1.ErrorFrame & im.v1.ErrorFrame.$Shape;
            static create(properties?: im.v1.ErrorFrame.$Properties): im.v1.ErrorFrame;

            /**
             * Encodes the specified ErrorFrame message. Does not implicitly {@link im.v1.ErrorFrame.verify|verify} messages.
             * @param message ErrorFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ErrorFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ErrorFrame & im.v1.ErrorFrame.$Shape} ErrorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ErrorFrame & im.v1.ErrorFrame.$Shape;

            /**
             * Creates an ErrorFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ErrorFrame;

            /**
             * Creates a plain object from an ErrorFrame message. Also converts values to other types if specified.
             * @param message ErrorFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ErrorFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorFrame {

            /** Properties of an ErrorFrame. */
            interface $Properties {

                /** ErrorFrame id */
                id?: (number|null);

                /** ErrorFrame d */
                d?: (im.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorFrame. */
            type $Shape = im.v1.ErrorFrame.$Properties;
        }

        /**
         * Properties of an OkFrame.
         * @deprecated Use im.v1.OkFrame.$Properties instead.
         */
        interface IOkFrame extends im.v1.OkFrame.$Properties {
        }

        /** Represents an OkFrame. */
        class OkFrame {

            /**
             * Constructs a new OkFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.OkFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OkFrame id. */
            id: number;

            /** OkFrame d. */
            d?: (im.v1.Empty.$Properties|null);

            /**
             * Creates a new OkFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OkFrame instance
             */
            static create(properties: im.v1.OkFrame.$Shape): im.v1.OkFrame & im.v1.OkFrame.$Shape;
            static create(properties?: im.v1.OkFrame.$Properties): im.v1.OkFrame;

            /**
             * Encodes the specified OkFrame message. Does not implicitly {@link im.v1.OkFrame.verify|verify} messages.
             * @param message OkFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.OkFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OkFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.OkFrame & im.v1.OkFrame.$Shape} OkFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.OkFrame & im.v1.OkFrame.$Shape;

            /**
             * Creates an OkFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OkFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.OkFrame;

            /**
             * Creates a plain object from an OkFrame message. Also converts values to other types if specified.
             * @param message OkFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.OkFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OkFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OkFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OkFrame {

            /** Properties of an OkFrame. */
            interface $Properties {

                /** OkFrame id */
                id?: (number|null);

                /** OkFrame d */
                d?: (im.v1.Empty.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OkFrame. */
            type $Shape = im.v1.OkFrame.$Properties;
        }

        /**
         * Properties of a SendFrame.
         * @deprecated Use im.v1.SendFrame.$Properties instead.
         */
        interface ISendFrame extends im.v1.SendFrame.$Properties {
        }

        /** Represents a SendFrame. */
        class SendFrame {

            /**
             * Constructs a new SendFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SendFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendFrame id. */
            id: number;

            /** SendFrame d. */
            d?: (im.v1.SendRequest.$Properties|null);

            /**
             * Creates a new SendFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendFrame instance
             */
            static create(properties: im.v1.SendFrame.$Shape): im.v1.SendFrame & im.v1.SendFrame.$Shape;
            static create(properties?: im.v1.SendFrame.$Properties): im.v1.SendFrame;

            /**
             * Encodes the specified SendFrame message. Does not implicitly {@link im.v1.SendFrame.verify|verify} messages.
             * @param message SendFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SendFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SendFrame & im.v1.SendFrame.$Shape} SendFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SendFrame & im.v1.SendFrame.$Shape;

            /**
             * Creates a SendFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.SendFrame;

            /**
             * Creates a plain object from a SendFrame message. Also converts values to other types if specified.
             * @param message SendFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SendFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendFrame {

            /** Properties of a SendFrame. */
            interface $Properties {

                /** SendFrame id */
                id?: (number|null);

                /** SendFrame d */
                d?: (im.v1.SendRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendFrame. */
            type $Shape = im.v1.SendFrame.$Properties;
        }

        /**
         * Properties of an AckFrame.
         * @deprecated Use im.v1.AckFrame.$Properties instead.
         */
        interface IAckFrame extends im.v1.AckFrame.$Properties {
        }

        /** Represents an AckFrame. */
        class AckFrame {

            /**
             * Constructs a new AckFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.AckFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AckFrame id. */
            id: number;

            /** AckFrame d. */
            d?: (im.v1.SendAck.$Properties|null);

            /**
             * Creates a new AckFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AckFrame instance
             */
            static create(properties: im.v1.AckFrame.$Shape): im.v1.AckFrame & im.v1.AckFrame.$Shape;
            static create(properties?: im.v1.AckFrame.$Properties): im.v1.AckFrame;

            /**
             * Encodes the specified AckFrame message. Does not implicitly {@link im.v1.AckFrame.verify|verify} messages.
             * @param message AckFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.AckFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AckFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.AckFrame & im.v1.AckFrame.$Shape} AckFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.AckFrame & im.v1.AckFrame.$Shape;

            /**
             * Creates an AckFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AckFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.AckFrame;

            /**
             * Creates a plain object from an AckFrame message. Also converts values to other types if specified.
             * @param message AckFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.AckFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AckFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AckFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AckFrame {

            /** Properties of an AckFrame. */
            interface $Properties {

                /** AckFrame id */
                id?: (number|null);

                /** AckFrame d */
                d?: (im.v1.SendAck.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AckFrame. */
            type $Shape = im.v1.AckFrame.$Properties;
        }

        /**
         * Properties of a MessageFrame.
         * @deprecated Use im.v1.MessageFrame.$Properties instead.
         */
        interface IMessageFrame extends im.v1.MessageFrame.$Properties {
        }

        /** Represents a MessageFrame. */
        class MessageFrame {

            /**
             * Constructs a new MessageFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.MessageFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageFrame id. */
            id: number;

            /** MessageFrame d. */
            d?: (im.v1.Message.$Properties|null);

            /**
             * Creates a new MessageFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageFrame instance
             */
            static create(properties: im.v1.MessageFrame.$Shape): im.v1.MessageFrame & im.v1.MessageFrame.$Shape;
            static create(properties?: im.v1.MessageFrame.$Properties): im.v1.MessageFrame;

            /**
             * Encodes the specified MessageFrame message. Does not implicitly {@link im.v1.MessageFrame.verify|verify} messages.
             * @param message MessageFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.MessageFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.MessageFrame & im.v1.MessageFrame.$Shape} MessageFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.MessageFrame & im.v1.MessageFrame.$Shape;

            /**
             * Creates a MessageFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.MessageFrame;

            /**
             * Creates a plain object from a MessageFrame message. Also converts values to other types if specified.
             * @param message MessageFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.MessageFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MessageFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MessageFrame {

            /** Properties of a MessageFrame. */
            interface $Properties {

                /** MessageFrame id */
                id?: (number|null);

                /** MessageFrame d */
                d?: (im.v1.Message.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageFrame. */
            type $Shape = im.v1.MessageFrame.$Properties;
        }

        /**
         * Properties of a DeliveredFrame.
         * @deprecated Use im.v1.DeliveredFrame.$Properties instead.
         */
        interface IDeliveredFrame extends im.v1.DeliveredFrame.$Properties {
        }

        /** Represents a DeliveredFrame. */
        class DeliveredFrame {

            /**
             * Constructs a new DeliveredFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.DeliveredFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeliveredFrame id. */
            id: number;

            /** DeliveredFrame d. */
            d?: (im.v1.SeqMark.$Properties|null);

            /**
             * Creates a new DeliveredFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeliveredFrame instance
             */
            static create(properties: im.v1.DeliveredFrame.$Shape): im.v1.DeliveredFrame & im.v1.DeliveredFrame.$Shape;
            static create(properties?: im.v1.DeliveredFrame.$Properties): im.v1.DeliveredFrame;

            /**
             * Encodes the specified DeliveredFrame message. Does not implicitly {@link im.v1.DeliveredFrame.verify|verify} messages.
             * @param message DeliveredFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.DeliveredFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeliveredFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.DeliveredFrame & im.v1.DeliveredFrame.$Shape} DeliveredFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.DeliveredFrame & im.v1.DeliveredFrame.$Shape;

            /**
             * Creates a DeliveredFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeliveredFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.DeliveredFrame;

            /**
             * Creates a plain object from a DeliveredFrame message. Also converts values to other types if specified.
             * @param message DeliveredFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.DeliveredFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeliveredFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeliveredFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeliveredFrame {

            /** Properties of a DeliveredFrame. */
            interface $Properties {

                /** DeliveredFrame id */
                id?: (number|null);

                /** DeliveredFrame d */
                d?: (im.v1.SeqMark.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeliveredFrame. */
            type $Shape = im.v1.DeliveredFrame.$Properties;
        }

        /**
         * Properties of a ReadFrame.
         * @deprecated Use im.v1.ReadFrame.$Properties instead.
         */
        interface IReadFrame extends im.v1.ReadFrame.$Properties {
        }

        /** Represents a ReadFrame. */
        class ReadFrame {

            /**
             * Constructs a new ReadFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadFrame id. */
            id: number;

            /** ReadFrame d. */
            d?: (im.v1.SeqMark.$Properties|null);

            /**
             * Creates a new ReadFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadFrame instance
             */
            static create(properties: im.v1.ReadFrame.$Shape): im.v1.ReadFrame & im.v1.ReadFrame.$Shape;
            static create(properties?: im.v1.ReadFrame.$Properties): im.v1.ReadFrame;

            /**
             * Encodes the specified ReadFrame message. Does not implicitly {@link im.v1.ReadFrame.verify|verify} messages.
             * @param message ReadFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadFrame & im.v1.ReadFrame.$Shape} ReadFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadFrame & im.v1.ReadFrame.$Shape;

            /**
             * Creates a ReadFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadFrame;

            /**
             * Creates a plain object from a ReadFrame message. Also converts values to other types if specified.
             * @param message ReadFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadFrame {

            /** Properties of a ReadFrame. */
            interface $Properties {

                /** ReadFrame id */
                id?: (number|null);

                /** ReadFrame d */
                d?: (im.v1.SeqMark.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadFrame. */
            type $Shape = im.v1.ReadFrame.$Properties;
        }

        /**
         * Properties of a ConversationFrame.
         * @deprecated Use im.v1.ConversationFrame.$Properties instead.
         */
        interface IConversationFrame extends im.v1.ConversationFrame.$Properties {
        }

        /** Represents a ConversationFrame. */
        class ConversationFrame {

            /**
             * Constructs a new ConversationFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ConversationFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationFrame id. */
            id: number;

            /** ConversationFrame d. */
            d?: (im.v1.ConversationState.$Properties|null);

            /**
             * Creates a new ConversationFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationFrame instance
             */
            static create(properties: im.v1.ConversationFrame.$Shape): im.v1.ConversationFrame & im.v1.ConversationFrame.$Shape;
            static create(properties?: im.v1.ConversationFrame.$Properties): im.v1.ConversationFrame;

            /**
             * Encodes the specified ConversationFrame message. Does not implicitly {@link im.v1.ConversationFrame.verify|verify} messages.
             * @param message ConversationFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ConversationFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ConversationFrame & im.v1.ConversationFrame.$Shape} ConversationFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ConversationFrame & im.v1.ConversationFrame.$Shape;

            /**
             * Creates a ConversationFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ConversationFrame;

            /**
             * Creates a plain object from a ConversationFrame message. Also converts values to other types if specified.
             * @param message ConversationFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ConversationFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationFrame {

            /** Properties of a ConversationFrame. */
            interface $Properties {

                /** ConversationFrame id */
                id?: (number|null);

                /** ConversationFrame d */
                d?: (im.v1.ConversationState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationFrame. */
            type $Shape = im.v1.ConversationFrame.$Properties;
        }

        /**
         * Properties of a SyncFrame.
         * @deprecated Use im.v1.SyncFrame.$Properties instead.
         */
        interface ISyncFrame extends im.v1.SyncFrame.$Properties {
        }

        /** Represents a SyncFrame. */
        class SyncFrame {

            /**
             * Constructs a new SyncFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SyncFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncFrame id. */
            id: number;

            /** SyncFrame d. */
            d?: (im.v1.SyncRequest.$Properties|null);

            /**
             * Creates a new SyncFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncFrame instance
             */
            static create(properties: im.v1.SyncFrame.$Shape): im.v1.SyncFrame & im.v1.SyncFrame.$Shape;
            static create(properties?: im.v1.SyncFrame.$Properties): im.v1.SyncFrame;

            /**
             * Encodes the specified SyncFrame message. Does not implicitly {@link im.v1.SyncFrame.verify|verify} messages.
             * @param message SyncFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SyncFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SyncFrame & im.v1.SyncFrame.$Shape} SyncFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SyncFrame & im.v1.SyncFrame.$Shape;

            /**
             * Creates a SyncFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.SyncFrame;

            /**
             * Creates a plain object from a SyncFrame message. Also converts values to other types if specified.
             * @param message SyncFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SyncFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncFrame {

            /** Properties of a SyncFrame. */
            interface $Properties {

                /** SyncFrame id */
                id?: (number|null);

                /** SyncFrame d */
                d?: (im.v1.SyncRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncFrame. */
            type $Shape = im.v1.SyncFrame.$Properties;
        }

        /**
         * Properties of a SyncResultFrame.
         * @deprecated Use im.v1.SyncResultFrame.$Properties instead.
         */
        interface ISyncResultFrame extends im.v1.SyncResultFrame.$Properties {
        }

        /** Represents a SyncResultFrame. */
        class SyncResultFrame {

            /**
             * Constructs a new SyncResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SyncResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncResultFrame id. */
            id: number;

            /** SyncResultFrame d. */
            d?: (im.v1.SyncResult.$Properties|null);

            /**
             * Creates a new SyncResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncResultFrame instance
             */
            static create(properties: im.v1.SyncResultFrame.$Shape): im.v1.SyncResultFrame & im.v1.SyncResultFrame.$Shape;
            static create(properties?: im.v1.SyncResultFrame.$Properties): im.v1.SyncResultFrame;

            /**
             * Encodes the specified SyncResultFrame message. Does not implicitly {@link im.v1.SyncResultFrame.verify|verify} messages.
             * @param message SyncResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SyncResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SyncResultFrame & im.v1.SyncResultFrame.$Shape} SyncResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SyncResultFrame & im.v1.SyncResultFrame.$Shape;

            /**
             * Creates a SyncResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.SyncResultFrame;

            /**
             * Creates a plain object from a SyncResultFrame message. Also converts values to other types if specified.
             * @param message SyncResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SyncResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncResultFrame {

            /** Properties of a SyncResultFrame. */
            interface $Properties {

                /** SyncResultFrame id */
                id?: (number|null);

                /** SyncResultFrame d */
                d?: (im.v1.SyncResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncResultFrame. */
            type $Shape = im.v1.SyncResultFrame.$Properties;
        }

        /**
         * Properties of a HistoryFrame.
         * @deprecated Use im.v1.HistoryFrame.$Properties instead.
         */
        interface IHistoryFrame extends im.v1.HistoryFrame.$Properties {
        }

        /** Represents a HistoryFrame. */
        class HistoryFrame {

            /**
             * Constructs a new HistoryFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.HistoryFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryFrame id. */
            id: number;

            /** HistoryFrame d. */
            d?: (im.v1.HistoryRequest.$Properties|null);

            /**
             * Creates a new HistoryFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryFrame instance
             */
            static create(properties: im.v1.HistoryFrame.$Shape): im.v1.HistoryFrame & im.v1.HistoryFrame.$Shape;
            static create(properties?: im.v1.HistoryFrame.$Properties): im.v1.HistoryFrame;

            /**
             * Encodes the specified HistoryFrame message. Does not implicitly {@link im.v1.HistoryFrame.verify|verify} messages.
             * @param message HistoryFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.HistoryFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.HistoryFrame & im.v1.HistoryFrame.$Shape} HistoryFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.HistoryFrame & im.v1.HistoryFrame.$Shape;

            /**
             * Creates a HistoryFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.HistoryFrame;

            /**
             * Creates a plain object from a HistoryFrame message. Also converts values to other types if specified.
             * @param message HistoryFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.HistoryFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HistoryFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryFrame {

            /** Properties of a HistoryFrame. */
            interface $Properties {

                /** HistoryFrame id */
                id?: (number|null);

                /** HistoryFrame d */
                d?: (im.v1.HistoryRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryFrame. */
            type $Shape = im.v1.HistoryFrame.$Properties;
        }

        /**
         * Properties of a HistoryResultFrame.
         * @deprecated Use im.v1.HistoryResultFrame.$Properties instead.
         */
        interface IHistoryResultFrame extends im.v1.HistoryResultFrame.$Properties {
        }

        /** Represents a HistoryResultFrame. */
        class HistoryResultFrame {

            /**
             * Constructs a new HistoryResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.HistoryResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryResultFrame id. */
            id: number;

            /** HistoryResultFrame d. */
            d?: (im.v1.HistoryResult.$Properties|null);

            /**
             * Creates a new HistoryResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HistoryResultFrame instance
             */
            static create(properties: im.v1.HistoryResultFrame.$Shape): im.v1.HistoryResultFrame & im.v1.HistoryResultFrame.$Shape;
            static create(properties?: im.v1.HistoryResultFrame.$Properties): im.v1.HistoryResultFrame;

            /**
             * Encodes the specified HistoryResultFrame message. Does not implicitly {@link im.v1.HistoryResultFrame.verify|verify} messages.
             * @param message HistoryResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.HistoryResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.HistoryResultFrame & im.v1.HistoryResultFrame.$Shape} HistoryResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.HistoryResultFrame & im.v1.HistoryResultFrame.$Shape;

            /**
             * Creates a HistoryResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.HistoryResultFrame;

            /**
             * Creates a plain object from a HistoryResultFrame message. Also converts values to other types if specified.
             * @param message HistoryResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.HistoryResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HistoryResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HistoryResultFrame {

            /** Properties of a HistoryResultFrame. */
            interface $Properties {

                /** HistoryResultFrame id */
                id?: (number|null);

                /** HistoryResultFrame d */
                d?: (im.v1.HistoryResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryResultFrame. */
            type $Shape = im.v1.HistoryResultFrame.$Properties;
        }
    }
}
