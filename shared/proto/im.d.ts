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

            /** Message targetId. */
            targetId: string;

            /** Message mentionAll. */
            mentionAll: boolean;

            /** Message system. */
            system?: (im.v1.SystemEvent.$Properties|null);

            /** Message deleted. */
            deleted: boolean;

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

                /** Message targetId */
                targetId?: (string|null);

                /** Message mentionAll */
                mentionAll?: (boolean|null);

                /** Message system */
                system?: (im.v1.SystemEvent.$Properties|null);

                /** Message deleted */
                deleted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = im.v1.Message.$Properties;
        }

        /**
         * Properties of a GroupSettings.
         * @deprecated Use im.v1.GroupSettings.$Properties instead.
         */
        interface IGroupSettings extends im.v1.GroupSettings.$Properties {
        }

        /** Represents a GroupSettings. */
        class GroupSettings {

            /**
             * Constructs a new GroupSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupSettings name. */
            name?: (string|null);

            /** GroupSettings avatar. */
            avatar?: (string|null);

            /** GroupSettings notice. */
            notice?: (string|null);

            /** GroupSettings joinPolicy. */
            joinPolicy?: (string|null);

            /** GroupSettings historyVisibility. */
            historyVisibility?: (string|null);

            /** GroupSettings muteAll. */
            muteAll?: (boolean|null);

            /**
             * Creates a new GroupSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupSettings instance
             */
            static create(properties: im.v1.GroupSettings.$Shape): im.v1.GroupSettings & im.v1.GroupSettings.$Shape;
            static create(properties?: im.v1.GroupSettings.$Properties): im.v1.GroupSettings;

            /**
             * Encodes the specified GroupSettings message. Does not implicitly {@link im.v1.GroupSettings.verify|verify} messages.
             * @param message GroupSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupSettings & im.v1.GroupSettings.$Shape} GroupSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupSettings & im.v1.GroupSettings.$Shape;

            /**
             * Creates a GroupSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupSettings
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupSettings;

            /**
             * Creates a plain object from a GroupSettings message. Also converts values to other types if specified.
             * @param message GroupSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupSettings {

            /** Properties of a GroupSettings. */
            interface $Properties {

                /** GroupSettings name */
                name?: (string|null);

                /** GroupSettings avatar */
                avatar?: (string|null);

                /** GroupSettings notice */
                notice?: (string|null);

                /** GroupSettings joinPolicy */
                joinPolicy?: (string|null);

                /** GroupSettings historyVisibility */
                historyVisibility?: (string|null);

                /** GroupSettings muteAll */
                muteAll?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupSettings. */
            type $Shape = im.v1.GroupSettings.$Properties;
        }

        /**
         * Properties of a SystemEvent.
         * @deprecated Use im.v1.SystemEvent.$Properties instead.
         */
        interface ISystemEvent extends im.v1.SystemEvent.$Properties {
        }

        /** Represents a SystemEvent. */
        class SystemEvent {

            /**
             * Constructs a new SystemEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.SystemEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SystemEvent kind. */
            kind: string;

            /** SystemEvent actorId. */
            actorId: string;

            /** SystemEvent userIds. */
            userIds: string[];

            /** SystemEvent role. */
            role: string;

            /** SystemEvent mutedUntil. */
            mutedUntil: (number|Long);

            /** SystemEvent settings. */
            settings?: (im.v1.GroupSettings.$Properties|null);

            /**
             * Creates a new SystemEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SystemEvent instance
             */
            static create(properties: im.v1.SystemEvent.$Shape): im.v1.SystemEvent & im.v1.SystemEvent.$Shape;
            static create(properties?: im.v1.SystemEvent.$Properties): im.v1.SystemEvent;

            /**
             * Encodes the specified SystemEvent message. Does not implicitly {@link im.v1.SystemEvent.verify|verify} messages.
             * @param message SystemEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.SystemEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SystemEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.SystemEvent & im.v1.SystemEvent.$Shape} SystemEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.SystemEvent & im.v1.SystemEvent.$Shape;

            /**
             * Creates a SystemEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SystemEvent
             */
            static fromObject(object: { [k: string]: any }): im.v1.SystemEvent;

            /**
             * Creates a plain object from a SystemEvent message. Also converts values to other types if specified.
             * @param message SystemEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.SystemEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SystemEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SystemEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemEvent {

            /** Properties of a SystemEvent. */
            interface $Properties {

                /** SystemEvent kind */
                kind?: (string|null);

                /** SystemEvent actorId */
                actorId?: (string|null);

                /** SystemEvent userIds */
                userIds?: (string[]|null);

                /** SystemEvent role */
                role?: (string|null);

                /** SystemEvent mutedUntil */
                mutedUntil?: (number|Long|null);

                /** SystemEvent settings */
                settings?: (im.v1.GroupSettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SystemEvent. */
            type $Shape = im.v1.SystemEvent.$Properties;
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

            /** ConversationState pinned. */
            pinned: boolean;

            /** ConversationState muted. */
            muted: boolean;

            /** ConversationState peerReadSeq. */
            peerReadSeq: (number|Long);

            /** ConversationState peerDeliveredSeq. */
            peerDeliveredSeq: (number|Long);

            /** ConversationState unreadMentions. */
            unreadMentions: (number|Long);

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

                /** ConversationState pinned */
                pinned?: (boolean|null);

                /** ConversationState muted */
                muted?: (boolean|null);

                /** ConversationState peerReadSeq */
                peerReadSeq?: (number|Long|null);

                /** ConversationState peerDeliveredSeq */
                peerDeliveredSeq?: (number|Long|null);

                /** ConversationState unreadMentions */
                unreadMentions?: (number|Long|null);

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

            /** SendRequest mentionAll. */
            mentionAll: boolean;

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

                /** SendRequest mentionAll */
                mentionAll?: (boolean|null);

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
         * Properties of a Typing.
         * @deprecated Use im.v1.Typing.$Properties instead.
         */
        interface ITyping extends im.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing conversationId. */
            conversationId: string;

            /** Typing userId. */
            userId: string;

            /** Typing stop. */
            stop: boolean;

            /** Typing ttlMs. */
            ttlMs: number;

            /**
             * Creates a new Typing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Typing instance
             */
            static create(properties: im.v1.Typing.$Shape): im.v1.Typing & im.v1.Typing.$Shape;
            static create(properties?: im.v1.Typing.$Properties): im.v1.Typing;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link im.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Typing & im.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Typing & im.v1.Typing.$Shape;

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Typing
             */
            static fromObject(object: { [k: string]: any }): im.v1.Typing;

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @param message Typing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Typing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Typing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Typing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing conversationId */
                conversationId?: (string|null);

                /** Typing userId */
                userId?: (string|null);

                /** Typing stop */
                stop?: (boolean|null);

                /** Typing ttlMs */
                ttlMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = im.v1.Typing.$Properties;
        }

        /**
         * Properties of a Presence.
         * @deprecated Use im.v1.Presence.$Properties instead.
         */
        interface IPresence extends im.v1.Presence.$Properties {
        }

        /** Represents a Presence. */
        class Presence {

            /**
             * Constructs a new Presence.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Presence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Presence userId. */
            userId: string;

            /** Presence online. */
            online: boolean;

            /** Presence lastSeen. */
            lastSeen: (number|Long);

            /**
             * Creates a new Presence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Presence instance
             */
            static create(properties: im.v1.Presence.$Shape): im.v1.Presence & im.v1.Presence.$Shape;
            static create(properties?: im.v1.Presence.$Properties): im.v1.Presence;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link im.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Presence & im.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Presence & im.v1.Presence.$Shape;

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Presence
             */
            static fromObject(object: { [k: string]: any }): im.v1.Presence;

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @param message Presence
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Presence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Presence
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {

            /** Properties of a Presence. */
            interface $Properties {

                /** Presence userId */
                userId?: (string|null);

                /** Presence online */
                online?: (boolean|null);

                /** Presence lastSeen */
                lastSeen?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Presence. */
            type $Shape = im.v1.Presence.$Properties;
        }

        /**
         * Properties of a PresenceQuery.
         * @deprecated Use im.v1.PresenceQuery.$Properties instead.
         */
        interface IPresenceQuery extends im.v1.PresenceQuery.$Properties {
        }

        /** Represents a PresenceQuery. */
        class PresenceQuery {

            /**
             * Constructs a new PresenceQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PresenceQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceQuery userIds. */
            userIds: string[];

            /**
             * Creates a new PresenceQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceQuery instance
             */
            static create(properties: im.v1.PresenceQuery.$Shape): im.v1.PresenceQuery & im.v1.PresenceQuery.$Shape;
            static create(properties?: im.v1.PresenceQuery.$Properties): im.v1.PresenceQuery;

            /**
             * Encodes the specified PresenceQuery message. Does not implicitly {@link im.v1.PresenceQuery.verify|verify} messages.
             * @param message PresenceQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PresenceQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PresenceQuery & im.v1.PresenceQuery.$Shape} PresenceQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PresenceQuery & im.v1.PresenceQuery.$Shape;

            /**
             * Creates a PresenceQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceQuery
             */
            static fromObject(object: { [k: string]: any }): im.v1.PresenceQuery;

            /**
             * Creates a plain object from a PresenceQuery message. Also converts values to other types if specified.
             * @param message PresenceQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PresenceQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceQuery {

            /** Properties of a PresenceQuery. */
            interface $Properties {

                /** PresenceQuery userIds */
                userIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceQuery. */
            type $Shape = im.v1.PresenceQuery.$Properties;
        }

        /**
         * Properties of a PresenceResult.
         * @deprecated Use im.v1.PresenceResult.$Properties instead.
         */
        interface IPresenceResult extends im.v1.PresenceResult.$Properties {
        }

        /** Represents a PresenceResult. */
        class PresenceResult {

            /**
             * Constructs a new PresenceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PresenceResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceResult presences. */
            presences: im.v1.Presence.$Properties[];

            /**
             * Creates a new PresenceResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceResult instance
             */
            static create(properties: im.v1.PresenceResult.$Shape): im.v1.PresenceResult & im.v1.PresenceResult.$Shape;
            static create(properties?: im.v1.PresenceResult.$Properties): im.v1.PresenceResult;

            /**
             * Encodes the specified PresenceResult message. Does not implicitly {@link im.v1.PresenceResult.verify|verify} messages.
             * @param message PresenceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PresenceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PresenceResult & im.v1.PresenceResult.$Shape} PresenceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PresenceResult & im.v1.PresenceResult.$Shape;

            /**
             * Creates a PresenceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.PresenceResult;

            /**
             * Creates a plain object from a PresenceResult message. Also converts values to other types if specified.
             * @param message PresenceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PresenceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceResult {

            /** Properties of a PresenceResult. */
            interface $Properties {

                /** PresenceResult presences */
                presences?: (im.v1.Presence.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceResult. */
            type $Shape = im.v1.PresenceResult.$Properties;
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use im.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends im.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt conversationId. */
            conversationId: string;

            /** Receipt userId. */
            userId: string;

            /** Receipt readSeq. */
            readSeq: (number|Long);

            /** Receipt deliveredSeq. */
            deliveredSeq: (number|Long);

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: im.v1.Receipt.$Shape): im.v1.Receipt & im.v1.Receipt.$Shape;
            static create(properties?: im.v1.Receipt.$Properties): im.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link im.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Receipt & im.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Receipt & im.v1.Receipt.$Shape;

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Receipt
             */
            static fromObject(object: { [k: string]: any }): im.v1.Receipt;

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @param message Receipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Receipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Receipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt conversationId */
                conversationId?: (string|null);

                /** Receipt userId */
                userId?: (string|null);

                /** Receipt readSeq */
                readSeq?: (number|Long|null);

                /** Receipt deliveredSeq */
                deliveredSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = im.v1.Receipt.$Properties;
        }

        /**
         * Properties of a ReceiptsRequest.
         * @deprecated Use im.v1.ReceiptsRequest.$Properties instead.
         */
        interface IReceiptsRequest extends im.v1.ReceiptsRequest.$Properties {
        }

        /** Represents a ReceiptsRequest. */
        class ReceiptsRequest {

            /**
             * Constructs a new ReceiptsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReceiptsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptsRequest conversationId. */
            conversationId: string;

            /** ReceiptsRequest seqs. */
            seqs: (number|Long)[];

            /**
             * Creates a new ReceiptsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptsRequest instance
             */
            static create(properties: im.v1.ReceiptsRequest.$Shape): im.v1.ReceiptsRequest & im.v1.ReceiptsRequest.$Shape;
            static create(properties?: im.v1.ReceiptsRequest.$Properties): im.v1.ReceiptsRequest;

            /**
             * Encodes the specified ReceiptsRequest message. Does not implicitly {@link im.v1.ReceiptsRequest.verify|verify} messages.
             * @param message ReceiptsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReceiptsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReceiptsRequest & im.v1.ReceiptsRequest.$Shape} ReceiptsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReceiptsRequest & im.v1.ReceiptsRequest.$Shape;

            /**
             * Creates a ReceiptsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptsRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReceiptsRequest;

            /**
             * Creates a plain object from a ReceiptsRequest message. Also converts values to other types if specified.
             * @param message ReceiptsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReceiptsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptsRequest {

            /** Properties of a ReceiptsRequest. */
            interface $Properties {

                /** ReceiptsRequest conversationId */
                conversationId?: (string|null);

                /** ReceiptsRequest seqs */
                seqs?: ((number|Long)[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptsRequest. */
            type $Shape = im.v1.ReceiptsRequest.$Properties;
        }

        /**
         * Properties of a ReadCount.
         * @deprecated Use im.v1.ReadCount.$Properties instead.
         */
        interface IReadCount extends im.v1.ReadCount.$Properties {
        }

        /** Represents a ReadCount. */
        class ReadCount {

            /**
             * Constructs a new ReadCount.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadCount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadCount seq. */
            seq: (number|Long);

            /** ReadCount readBy. */
            readBy: number;

            /**
             * Creates a new ReadCount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadCount instance
             */
            static create(properties: im.v1.ReadCount.$Shape): im.v1.ReadCount & im.v1.ReadCount.$Shape;
            static create(properties?: im.v1.ReadCount.$Properties): im.v1.ReadCount;

            /**
             * Encodes the specified ReadCount message. Does not implicitly {@link im.v1.ReadCount.verify|verify} messages.
             * @param message ReadCount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadCount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadCount & im.v1.ReadCount.$Shape} ReadCount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadCount & im.v1.ReadCount.$Shape;

            /**
             * Creates a ReadCount message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadCount
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadCount;

            /**
             * Creates a plain object from a ReadCount message. Also converts values to other types if specified.
             * @param message ReadCount
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadCount to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadCount
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadCount {

            /** Properties of a ReadCount. */
            interface $Properties {

                /** ReadCount seq */
                seq?: (number|Long|null);

                /** ReadCount readBy */
                readBy?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadCount. */
            type $Shape = im.v1.ReadCount.$Properties;
        }

        /**
         * Properties of a ReceiptsResult.
         * @deprecated Use im.v1.ReceiptsResult.$Properties instead.
         */
        interface IReceiptsResult extends im.v1.ReceiptsResult.$Properties {
        }

        /** Represents a ReceiptsResult. */
        class ReceiptsResult {

            /**
             * Constructs a new ReceiptsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReceiptsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptsResult conversationId. */
            conversationId: string;

            /** ReceiptsResult memberCount. */
            memberCount: number;

            /** ReceiptsResult receipts. */
            receipts: im.v1.ReadCount.$Properties[];

            /**
             * Creates a new ReceiptsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptsResult instance
             */
            static create(properties: im.v1.ReceiptsResult.$Shape): im.v1.ReceiptsResult & im.v1.ReceiptsResult.$Shape;
            static create(properties?: im.v1.ReceiptsResult.$Properties): im.v1.ReceiptsResult;

            /**
             * Encodes the specified ReceiptsResult message. Does not implicitly {@link im.v1.ReceiptsResult.verify|verify} messages.
             * @param message ReceiptsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReceiptsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReceiptsResult & im.v1.ReceiptsResult.$Shape} ReceiptsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReceiptsResult & im.v1.ReceiptsResult.$Shape;

            /**
             * Creates a ReceiptsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptsResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReceiptsResult;

            /**
             * Creates a plain object from a ReceiptsResult message. Also converts values to other types if specified.
             * @param message ReceiptsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReceiptsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptsResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptsResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptsResult {

            /** Properties of a ReceiptsResult. */
            interface $Properties {

                /** ReceiptsResult conversationId */
                conversationId?: (string|null);

                /** ReceiptsResult memberCount */
                memberCount?: (number|null);

                /** ReceiptsResult receipts */
                receipts?: (im.v1.ReadCount.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptsResult. */
            type $Shape = im.v1.ReceiptsResult.$Properties;
        }

        /**
         * Properties of a ReadersRequest.
         * @deprecated Use im.v1.ReadersRequest.$Properties instead.
         */
        interface IReadersRequest extends im.v1.ReadersRequest.$Properties {
        }

        /** Represents a ReadersRequest. */
        class ReadersRequest {

            /**
             * Constructs a new ReadersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadersRequest conversationId. */
            conversationId: string;

            /** ReadersRequest seq. */
            seq: (number|Long);

            /**
             * Creates a new ReadersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadersRequest instance
             */
            static create(properties: im.v1.ReadersRequest.$Shape): im.v1.ReadersRequest & im.v1.ReadersRequest.$Shape;
            static create(properties?: im.v1.ReadersRequest.$Properties): im.v1.ReadersRequest;

            /**
             * Encodes the specified ReadersRequest message. Does not implicitly {@link im.v1.ReadersRequest.verify|verify} messages.
             * @param message ReadersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadersRequest & im.v1.ReadersRequest.$Shape} ReadersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadersRequest & im.v1.ReadersRequest.$Shape;

            /**
             * Creates a ReadersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadersRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadersRequest;

            /**
             * Creates a plain object from a ReadersRequest message. Also converts values to other types if specified.
             * @param message ReadersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadersRequest {

            /** Properties of a ReadersRequest. */
            interface $Properties {

                /** ReadersRequest conversationId */
                conversationId?: (string|null);

                /** ReadersRequest seq */
                seq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadersRequest. */
            type $Shape = im.v1.ReadersRequest.$Properties;
        }

        /**
         * Properties of a ReadersResult.
         * @deprecated Use im.v1.ReadersResult.$Properties instead.
         */
        interface IReadersResult extends im.v1.ReadersResult.$Properties {
        }

        /** Represents a ReadersResult. */
        class ReadersResult {

            /**
             * Constructs a new ReadersResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadersResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadersResult conversationId. */
            conversationId: string;

            /** ReadersResult seq. */
            seq: (number|Long);

            /** ReadersResult readBy. */
            readBy: number;

            /** ReadersResult listed. */
            listed: boolean;

            /** ReadersResult userIds. */
            userIds: string[];

            /**
             * Creates a new ReadersResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadersResult instance
             */
            static create(properties: im.v1.ReadersResult.$Shape): im.v1.ReadersResult & im.v1.ReadersResult.$Shape;
            static create(properties?: im.v1.ReadersResult.$Properties): im.v1.ReadersResult;

            /**
             * Encodes the specified ReadersResult message. Does not implicitly {@link im.v1.ReadersResult.verify|verify} messages.
             * @param message ReadersResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadersResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadersResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadersResult & im.v1.ReadersResult.$Shape} ReadersResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadersResult & im.v1.ReadersResult.$Shape;

            /**
             * Creates a ReadersResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadersResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadersResult;

            /**
             * Creates a plain object from a ReadersResult message. Also converts values to other types if specified.
             * @param message ReadersResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadersResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadersResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadersResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadersResult {

            /** Properties of a ReadersResult. */
            interface $Properties {

                /** ReadersResult conversationId */
                conversationId?: (string|null);

                /** ReadersResult seq */
                seq?: (number|Long|null);

                /** ReadersResult readBy */
                readBy?: (number|null);

                /** ReadersResult listed */
                listed?: (boolean|null);

                /** ReadersResult userIds */
                userIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadersResult. */
            type $Shape = im.v1.ReadersResult.$Properties;
        }

        /**
         * Properties of an EditRequest.
         * @deprecated Use im.v1.EditRequest.$Properties instead.
         */
        interface IEditRequest extends im.v1.EditRequest.$Properties {
        }

        /** Represents an EditRequest. */
        class EditRequest {

            /**
             * Constructs a new EditRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditRequest conversationId. */
            conversationId: string;

            /** EditRequest messageId. */
            messageId: string;

            /** EditRequest clientMsgId. */
            clientMsgId: string;

            /** EditRequest content. */
            content?: (im.v1.Content.$Properties|null);

            /**
             * Creates a new EditRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditRequest instance
             */
            static create(properties: im.v1.EditRequest.$Shape): im.v1.EditRequest & im.v1.EditRequest.$Shape;
            static create(properties?: im.v1.EditRequest.$Properties): im.v1.EditRequest;

            /**
             * Encodes the specified EditRequest message. Does not implicitly {@link im.v1.EditRequest.verify|verify} messages.
             * @param message EditRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditRequest & im.v1.EditRequest.$Shape} EditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditRequest & im.v1.EditRequest.$Shape;

            /**
             * Creates an EditRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditRequest;

            /**
             * Creates a plain object from an EditRequest message. Also converts values to other types if specified.
             * @param message EditRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditRequest {

            /** Properties of an EditRequest. */
            interface $Properties {

                /** EditRequest conversationId */
                conversationId?: (string|null);

                /** EditRequest messageId */
                messageId?: (string|null);

                /** EditRequest clientMsgId */
                clientMsgId?: (string|null);

                /** EditRequest content */
                content?: (im.v1.Content.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditRequest. */
            type $Shape = im.v1.EditRequest.$Properties;
        }

        /**
         * Properties of a RecallRequest.
         * @deprecated Use im.v1.RecallRequest.$Properties instead.
         */
        interface IRecallRequest extends im.v1.RecallRequest.$Properties {
        }

        /** Represents a RecallRequest. */
        class RecallRequest {

            /**
             * Constructs a new RecallRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.RecallRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecallRequest conversationId. */
            conversationId: string;

            /** RecallRequest messageId. */
            messageId: string;

            /** RecallRequest clientMsgId. */
            clientMsgId: string;

            /**
             * Creates a new RecallRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecallRequest instance
             */
            static create(properties: im.v1.RecallRequest.$Shape): im.v1.RecallRequest & im.v1.RecallRequest.$Shape;
            static create(properties?: im.v1.RecallRequest.$Properties): im.v1.RecallRequest;

            /**
             * Encodes the specified RecallRequest message. Does not implicitly {@link im.v1.RecallRequest.verify|verify} messages.
             * @param message RecallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.RecallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecallRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.RecallRequest & im.v1.RecallRequest.$Shape} RecallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.RecallRequest & im.v1.RecallRequest.$Shape;

            /**
             * Creates a RecallRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecallRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.RecallRequest;

            /**
             * Creates a plain object from a RecallRequest message. Also converts values to other types if specified.
             * @param message RecallRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.RecallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecallRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecallRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecallRequest {

            /** Properties of a RecallRequest. */
            interface $Properties {

                /** RecallRequest conversationId */
                conversationId?: (string|null);

                /** RecallRequest messageId */
                messageId?: (string|null);

                /** RecallRequest clientMsgId */
                clientMsgId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecallRequest. */
            type $Shape = im.v1.RecallRequest.$Properties;
        }

        /**
         * Properties of a DeleteForMe.
         * @deprecated Use im.v1.DeleteForMe.$Properties instead.
         */
        interface IDeleteForMe extends im.v1.DeleteForMe.$Properties {
        }

        /** Represents a DeleteForMe. */
        class DeleteForMe {

            /**
             * Constructs a new DeleteForMe.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.DeleteForMe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteForMe conversationId. */
            conversationId: string;

            /** DeleteForMe messageIds. */
            messageIds: string[];

            /**
             * Creates a new DeleteForMe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteForMe instance
             */
            static create(properties: im.v1.DeleteForMe.$Shape): im.v1.DeleteForMe & im.v1.DeleteForMe.$Shape;
            static create(properties?: im.v1.DeleteForMe.$Properties): im.v1.DeleteForMe;

            /**
             * Encodes the specified DeleteForMe message. Does not implicitly {@link im.v1.DeleteForMe.verify|verify} messages.
             * @param message DeleteForMe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.DeleteForMe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteForMe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.DeleteForMe & im.v1.DeleteForMe.$Shape} DeleteForMe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.DeleteForMe & im.v1.DeleteForMe.$Shape;

            /**
             * Creates a DeleteForMe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteForMe
             */
            static fromObject(object: { [k: string]: any }): im.v1.DeleteForMe;

            /**
             * Creates a plain object from a DeleteForMe message. Also converts values to other types if specified.
             * @param message DeleteForMe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.DeleteForMe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteForMe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteForMe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteForMe {

            /** Properties of a DeleteForMe. */
            interface $Properties {

                /** DeleteForMe conversationId */
                conversationId?: (string|null);

                /** DeleteForMe messageIds */
                messageIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteForMe. */
            type $Shape = im.v1.DeleteForMe.$Properties;
        }

        /**
         * Properties of an EditsRequest.
         * @deprecated Use im.v1.EditsRequest.$Properties instead.
         */
        interface IEditsRequest extends im.v1.EditsRequest.$Properties {
        }

        /** Represents an EditsRequest. */
        class EditsRequest {

            /**
             * Constructs a new EditsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditsRequest conversationId. */
            conversationId: string;

            /** EditsRequest messageId. */
            messageId: string;

            /**
             * Creates a new EditsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditsRequest instance
             */
            static create(properties: im.v1.EditsRequest.$Shape): im.v1.EditsRequest & im.v1.EditsRequest.$Shape;
            static create(properties?: im.v1.EditsRequest.$Properties): im.v1.EditsRequest;

            /**
             * Encodes the specified EditsRequest message. Does not implicitly {@link im.v1.EditsRequest.verify|verify} messages.
             * @param message EditsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditsRequest & im.v1.EditsRequest.$Shape} EditsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditsRequest & im.v1.EditsRequest.$Shape;

            /**
             * Creates an EditsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditsRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditsRequest;

            /**
             * Creates a plain object from an EditsRequest message. Also converts values to other types if specified.
             * @param message EditsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditsRequest {

            /** Properties of an EditsRequest. */
            interface $Properties {

                /** EditsRequest conversationId */
                conversationId?: (string|null);

                /** EditsRequest messageId */
                messageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditsRequest. */
            type $Shape = im.v1.EditsRequest.$Properties;
        }

        /**
         * Properties of an EditVersion.
         * @deprecated Use im.v1.EditVersion.$Properties instead.
         */
        interface IEditVersion extends im.v1.EditVersion.$Properties {
        }

        /** Represents an EditVersion. */
        class EditVersion {

            /**
             * Constructs a new EditVersion.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditVersion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditVersion content. */
            content?: (im.v1.Content.$Properties|null);

            /** EditVersion editedAt. */
            editedAt: (number|Long);

            /**
             * Creates a new EditVersion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditVersion instance
             */
            static create(properties: im.v1.EditVersion.$Shape): im.v1.EditVersion & im.v1.EditVersion.$Shape;
            static create(properties?: im.v1.EditVersion.$Properties): im.v1.EditVersion;

            /**
             * Encodes the specified EditVersion message. Does not implicitly {@link im.v1.EditVersion.verify|verify} messages.
             * @param message EditVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditVersion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditVersion & im.v1.EditVersion.$Shape} EditVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditVersion & im.v1.EditVersion.$Shape;

            /**
             * Creates an EditVersion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditVersion
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditVersion;

            /**
             * Creates a plain object from an EditVersion message. Also converts values to other types if specified.
             * @param message EditVersion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditVersion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditVersion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditVersion {

            /** Properties of an EditVersion. */
            interface $Properties {

                /** EditVersion content */
                content?: (im.v1.Content.$Properties|null);

                /** EditVersion editedAt */
                editedAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditVersion. */
            type $Shape = im.v1.EditVersion.$Properties;
        }

        /**
         * Properties of an EditsResult.
         * @deprecated Use im.v1.EditsResult.$Properties instead.
         */
        interface IEditsResult extends im.v1.EditsResult.$Properties {
        }

        /** Represents an EditsResult. */
        class EditsResult {

            /**
             * Constructs a new EditsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditsResult conversationId. */
            conversationId: string;

            /** EditsResult messageId. */
            messageId: string;

            /** EditsResult versions. */
            versions: im.v1.EditVersion.$Properties[];

            /**
             * Creates a new EditsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditsResult instance
             */
            static create(properties: im.v1.EditsResult.$Shape): im.v1.EditsResult & im.v1.EditsResult.$Shape;
            static create(properties?: im.v1.EditsResult.$Properties): im.v1.EditsResult;

            /**
             * Encodes the specified EditsResult message. Does not implicitly {@link im.v1.EditsResult.verify|verify} messages.
             * @param message EditsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditsResult & im.v1.EditsResult.$Shape} EditsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditsResult & im.v1.EditsResult.$Shape;

            /**
             * Creates an EditsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditsResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditsResult;

            /**
             * Creates a plain object from an EditsResult message. Also converts values to other types if specified.
             * @param message EditsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditsResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditsResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditsResult {

            /** Properties of an EditsResult. */
            interface $Properties {

                /** EditsResult conversationId */
                conversationId?: (string|null);

                /** EditsResult messageId */
                messageId?: (string|null);

                /** EditsResult versions */
                versions?: (im.v1.EditVersion.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditsResult. */
            type $Shape = im.v1.EditsResult.$Properties;
        }

        /**
         * Properties of a MentionsRequest.
         * @deprecated Use im.v1.MentionsRequest.$Properties instead.
         */
        interface IMentionsRequest extends im.v1.MentionsRequest.$Properties {
        }

        /** Represents a MentionsRequest. */
        class MentionsRequest {

            /**
             * Constructs a new MentionsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.MentionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MentionsRequest limit. */
            limit: number;

            /** MentionsRequest cursor. */
            cursor: (number|Long);

            /**
             * Creates a new MentionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MentionsRequest instance
             */
            static create(properties: im.v1.MentionsRequest.$Shape): im.v1.MentionsRequest & im.v1.MentionsRequest.$Shape;
            static create(properties?: im.v1.MentionsRequest.$Properties): im.v1.MentionsRequest;

            /**
             * Encodes the specified MentionsRequest message. Does not implicitly {@link im.v1.MentionsRequest.verify|verify} messages.
             * @param message MentionsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.MentionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MentionsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.MentionsRequest & im.v1.MentionsRequest.$Shape} MentionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.MentionsRequest & im.v1.MentionsRequest.$Shape;

            /**
             * Creates a MentionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MentionsRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.MentionsRequest;

            /**
             * Creates a plain object from a MentionsRequest message. Also converts values to other types if specified.
             * @param message MentionsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.MentionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MentionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MentionsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MentionsRequest {

            /** Properties of a MentionsRequest. */
            interface $Properties {

                /** MentionsRequest limit */
                limit?: (number|null);

                /** MentionsRequest cursor */
                cursor?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MentionsRequest. */
            type $Shape = im.v1.MentionsRequest.$Properties;
        }

        /**
         * Properties of a Mention.
         * @deprecated Use im.v1.Mention.$Properties instead.
         */
        interface IMention extends im.v1.Mention.$Properties {
        }

        /** Represents a Mention. */
        class Mention {

            /**
             * Constructs a new Mention.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Mention.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mention conversationId. */
            conversationId: string;

            /** Mention seq. */
            seq: (number|Long);

            /** Mention messageId. */
            messageId: string;

            /** Mention senderId. */
            senderId: string;

            /** Mention ts. */
            ts: (number|Long);

            /** Mention all. */
            all: boolean;

            /**
             * Creates a new Mention instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mention instance
             */
            static create(properties: im.v1.Mention.$Shape): im.v1.Mention & im.v1.Mention.$Shape;
            static create(properties?: im.v1.Mention.$Properties): im.v1.Mention;

            /**
             * Encodes the specified Mention message. Does not implicitly {@link im.v1.Mention.verify|verify} messages.
             * @param message Mention message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Mention.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mention message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Mention & im.v1.Mention.$Shape} Mention
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Mention & im.v1.Mention.$Shape;

            /**
             * Creates a Mention message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Mention
             */
            static fromObject(object: { [k: string]: any }): im.v1.Mention;

            /**
             * Creates a plain object from a Mention message. Also converts values to other types if specified.
             * @param message Mention
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Mention, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mention to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mention
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mention {

            /** Properties of a Mention. */
            interface $Properties {

                /** Mention conversationId */
                conversationId?: (string|null);

                /** Mention seq */
                seq?: (number|Long|null);

                /** Mention messageId */
                messageId?: (string|null);

                /** Mention senderId */
                senderId?: (string|null);

                /** Mention ts */
                ts?: (number|Long|null);

                /** Mention all */
                all?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mention. */
            type $Shape = im.v1.Mention.$Properties;
        }

        /**
         * Properties of a MentionsResult.
         * @deprecated Use im.v1.MentionsResult.$Properties instead.
         */
        interface IMentionsResult extends im.v1.MentionsResult.$Properties {
        }

        /** Represents a MentionsResult. */
        class MentionsResult {

            /**
             * Constructs a new MentionsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.MentionsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MentionsResult mentions. */
            mentions: im.v1.Mention.$Properties[];

            /** MentionsResult nextCursor. */
            nextCursor: (number|Long);

            /**
             * Creates a new MentionsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MentionsResult instance
             */
            static create(properties: im.v1.MentionsResult.$Shape): im.v1.MentionsResult & im.v1.MentionsResult.$Shape;
            static create(properties?: im.v1.MentionsResult.$Properties): im.v1.MentionsResult;

            /**
             * Encodes the specified MentionsResult message. Does not implicitly {@link im.v1.MentionsResult.verify|verify} messages.
             * @param message MentionsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.MentionsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MentionsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.MentionsResult & im.v1.MentionsResult.$Shape} MentionsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.MentionsResult & im.v1.MentionsResult.$Shape;

            /**
             * Creates a MentionsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MentionsResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.MentionsResult;

            /**
             * Creates a plain object from a MentionsResult message. Also converts values to other types if specified.
             * @param message MentionsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.MentionsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MentionsResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MentionsResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MentionsResult {

            /** Properties of a MentionsResult. */
            interface $Properties {

                /** MentionsResult mentions */
                mentions?: (im.v1.Mention.$Properties[]|null);

                /** MentionsResult nextCursor */
                nextCursor?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MentionsResult. */
            type $Shape = im.v1.MentionsResult.$Properties;
        }

        /**
         * Properties of a ConversationUpdate.
         * @deprecated Use im.v1.ConversationUpdate.$Properties instead.
         */
        interface IConversationUpdate extends im.v1.ConversationUpdate.$Properties {
        }

        /** Represents a ConversationUpdate. */
        class ConversationUpdate {

            /**
             * Constructs a new ConversationUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ConversationUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationUpdate conversationId. */
            conversationId: string;

            /** ConversationUpdate pinned. */
            pinned?: (boolean|null);

            /** ConversationUpdate muted. */
            muted?: (boolean|null);

            /**
             * Creates a new ConversationUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationUpdate instance
             */
            static create(properties: im.v1.ConversationUpdate.$Shape): im.v1.ConversationUpdate & im.v1.ConversationUpdate.$Shape;
            static create(properties?: im.v1.ConversationUpdate.$Properties): im.v1.ConversationUpdate;

            /**
             * Encodes the specified ConversationUpdate message. Does not implicitly {@link im.v1.ConversationUpdate.verify|verify} messages.
             * @param message ConversationUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ConversationUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ConversationUpdate & im.v1.ConversationUpdate.$Shape} ConversationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ConversationUpdate & im.v1.ConversationUpdate.$Shape;

            /**
             * Creates a ConversationUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationUpdate
             */
            static fromObject(object: { [k: string]: any }): im.v1.ConversationUpdate;

            /**
             * Creates a plain object from a ConversationUpdate message. Also converts values to other types if specified.
             * @param message ConversationUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ConversationUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationUpdate {

            /** Properties of a ConversationUpdate. */
            interface $Properties {

                /** ConversationUpdate conversationId */
                conversationId?: (string|null);

                /** ConversationUpdate pinned */
                pinned?: (boolean|null);

                /** ConversationUpdate muted */
                muted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationUpdate. */
            type $Shape = im.v1.ConversationUpdate.$Properties;
        }

        /**
         * Properties of a UserRef.
         * @deprecated Use im.v1.UserRef.$Properties instead.
         */
        interface IUserRef extends im.v1.UserRef.$Properties {
        }

        /** Represents a UserRef. */
        class UserRef {

            /**
             * Constructs a new UserRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.UserRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserRef userId. */
            userId: string;

            /**
             * Creates a new UserRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserRef instance
             */
            static create(properties: im.v1.UserRef.$Shape): im.v1.UserRef & im.v1.UserRef.$Shape;
            static create(properties?: im.v1.UserRef.$Properties): im.v1.UserRef;

            /**
             * Encodes the specified UserRef message. Does not implicitly {@link im.v1.UserRef.verify|verify} messages.
             * @param message UserRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.UserRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.UserRef & im.v1.UserRef.$Shape} UserRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.UserRef & im.v1.UserRef.$Shape;

            /**
             * Creates a UserRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserRef
             */
            static fromObject(object: { [k: string]: any }): im.v1.UserRef;

            /**
             * Creates a plain object from a UserRef message. Also converts values to other types if specified.
             * @param message UserRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.UserRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserRef {

            /** Properties of a UserRef. */
            interface $Properties {

                /** UserRef userId */
                userId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserRef. */
            type $Shape = im.v1.UserRef.$Properties;
        }

        /**
         * Properties of a Block.
         * @deprecated Use im.v1.Block.$Properties instead.
         */
        interface IBlock extends im.v1.Block.$Properties {
        }

        /** Represents a Block. */
        class Block {

            /**
             * Constructs a new Block.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.Block.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Block userId. */
            userId: string;

            /** Block createdAt. */
            createdAt: (number|Long);

            /**
             * Creates a new Block instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Block instance
             */
            static create(properties: im.v1.Block.$Shape): im.v1.Block & im.v1.Block.$Shape;
            static create(properties?: im.v1.Block.$Properties): im.v1.Block;

            /**
             * Encodes the specified Block message. Does not implicitly {@link im.v1.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.Block & im.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.Block & im.v1.Block.$Shape;

            /**
             * Creates a Block message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Block
             */
            static fromObject(object: { [k: string]: any }): im.v1.Block;

            /**
             * Creates a plain object from a Block message. Also converts values to other types if specified.
             * @param message Block
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Block to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Block
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Block {

            /** Properties of a Block. */
            interface $Properties {

                /** Block userId */
                userId?: (string|null);

                /** Block createdAt */
                createdAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Block. */
            type $Shape = im.v1.Block.$Properties;
        }

        /**
         * Properties of a BlocksResult.
         * @deprecated Use im.v1.BlocksResult.$Properties instead.
         */
        interface IBlocksResult extends im.v1.BlocksResult.$Properties {
        }

        /** Represents a BlocksResult. */
        class BlocksResult {

            /**
             * Constructs a new BlocksResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.BlocksResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlocksResult blocks. */
            blocks: im.v1.Block.$Properties[];

            /**
             * Creates a new BlocksResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlocksResult instance
             */
            static create(properties: im.v1.BlocksResult.$Shape): im.v1.BlocksResult & im.v1.BlocksResult.$Shape;
            static create(properties?: im.v1.BlocksResult.$Properties): im.v1.BlocksResult;

            /**
             * Encodes the specified BlocksResult message. Does not implicitly {@link im.v1.BlocksResult.verify|verify} messages.
             * @param message BlocksResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.BlocksResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlocksResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.BlocksResult & im.v1.BlocksResult.$Shape} BlocksResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.BlocksResult & im.v1.BlocksResult.$Shape;

            /**
             * Creates a BlocksResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlocksResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.BlocksResult;

            /**
             * Creates a plain object from a BlocksResult message. Also converts values to other types if specified.
             * @param message BlocksResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.BlocksResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlocksResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlocksResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlocksResult {

            /** Properties of a BlocksResult. */
            interface $Properties {

                /** BlocksResult blocks */
                blocks?: (im.v1.Block.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlocksResult. */
            type $Shape = im.v1.BlocksResult.$Properties;
        }

        /**
         * Properties of a GroupInfo.
         * @deprecated Use im.v1.GroupInfo.$Properties instead.
         */
        interface IGroupInfo extends im.v1.GroupInfo.$Properties {
        }

        /** Represents a GroupInfo. */
        class GroupInfo {

            /**
             * Constructs a new GroupInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupInfo id. */
            id: string;

            /** GroupInfo conversationId. */
            conversationId: string;

            /** GroupInfo name. */
            name: string;

            /** GroupInfo avatar. */
            avatar: string;

            /** GroupInfo notice. */
            notice: string;

            /** GroupInfo ownerId. */
            ownerId: string;

            /** GroupInfo joinPolicy. */
            joinPolicy: string;

            /** GroupInfo historyVisibility. */
            historyVisibility: string;

            /** GroupInfo muteAll. */
            muteAll: boolean;

            /** GroupInfo memberCount. */
            memberCount: number;

            /** GroupInfo createdAt. */
            createdAt: (number|Long);

            /** GroupInfo updatedAt. */
            updatedAt: (number|Long);

            /** GroupInfo dissolvedAt. */
            dissolvedAt: (number|Long);

            /** GroupInfo role. */
            role: string;

            /** GroupInfo lastSeq. */
            lastSeq: (number|Long);

            /**
             * Creates a new GroupInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupInfo instance
             */
            static create(properties: im.v1.GroupInfo.$Shape): im.v1.GroupInfo & im.v1.GroupInfo.$Shape;
            static create(properties?: im.v1.GroupInfo.$Properties): im.v1.GroupInfo;

            /**
             * Encodes the specified GroupInfo message. Does not implicitly {@link im.v1.GroupInfo.verify|verify} messages.
             * @param message GroupInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupInfo & im.v1.GroupInfo.$Shape} GroupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupInfo & im.v1.GroupInfo.$Shape;

            /**
             * Creates a GroupInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupInfo
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupInfo;

            /**
             * Creates a plain object from a GroupInfo message. Also converts values to other types if specified.
             * @param message GroupInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupInfo {

            /** Properties of a GroupInfo. */
            interface $Properties {

                /** GroupInfo id */
                id?: (string|null);

                /** GroupInfo conversationId */
                conversationId?: (string|null);

                /** GroupInfo name */
                name?: (string|null);

                /** GroupInfo avatar */
                avatar?: (string|null);

                /** GroupInfo notice */
                notice?: (string|null);

                /** GroupInfo ownerId */
                ownerId?: (string|null);

                /** GroupInfo joinPolicy */
                joinPolicy?: (string|null);

                /** GroupInfo historyVisibility */
                historyVisibility?: (string|null);

                /** GroupInfo muteAll */
                muteAll?: (boolean|null);

                /** GroupInfo memberCount */
                memberCount?: (number|null);

                /** GroupInfo createdAt */
                createdAt?: (number|Long|null);

                /** GroupInfo updatedAt */
                updatedAt?: (number|Long|null);

                /** GroupInfo dissolvedAt */
                dissolvedAt?: (number|Long|null);

                /** GroupInfo role */
                role?: (string|null);

                /** GroupInfo lastSeq */
                lastSeq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupInfo. */
            type $Shape = im.v1.GroupInfo.$Properties;
        }

        /**
         * Properties of a GroupCreate.
         * @deprecated Use im.v1.GroupCreate.$Properties instead.
         */
        interface IGroupCreate extends im.v1.GroupCreate.$Properties {
        }

        /** Represents a GroupCreate. */
        class GroupCreate {

            /**
             * Constructs a new GroupCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupCreate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupCreate name. */
            name: string;

            /** GroupCreate members. */
            members: string[];

            /** GroupCreate avatar. */
            avatar: string;

            /** GroupCreate notice. */
            notice: string;

            /** GroupCreate joinPolicy. */
            joinPolicy: string;

            /** GroupCreate historyVisibility. */
            historyVisibility: string;

            /**
             * Creates a new GroupCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupCreate instance
             */
            static create(properties: im.v1.GroupCreate.$Shape): im.v1.GroupCreate & im.v1.GroupCreate.$Shape;
            static create(properties?: im.v1.GroupCreate.$Properties): im.v1.GroupCreate;

            /**
             * Encodes the specified GroupCreate message. Does not implicitly {@link im.v1.GroupCreate.verify|verify} messages.
             * @param message GroupCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupCreate & im.v1.GroupCreate.$Shape} GroupCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupCreate & im.v1.GroupCreate.$Shape;

            /**
             * Creates a GroupCreate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupCreate
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupCreate;

            /**
             * Creates a plain object from a GroupCreate message. Also converts values to other types if specified.
             * @param message GroupCreate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupCreate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupCreate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupCreate {

            /** Properties of a GroupCreate. */
            interface $Properties {

                /** GroupCreate name */
                name?: (string|null);

                /** GroupCreate members */
                members?: (string[]|null);

                /** GroupCreate avatar */
                avatar?: (string|null);

                /** GroupCreate notice */
                notice?: (string|null);

                /** GroupCreate joinPolicy */
                joinPolicy?: (string|null);

                /** GroupCreate historyVisibility */
                historyVisibility?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupCreate. */
            type $Shape = im.v1.GroupCreate.$Properties;
        }

        /**
         * Properties of a GroupRef.
         * @deprecated Use im.v1.GroupRef.$Properties instead.
         */
        interface IGroupRef extends im.v1.GroupRef.$Properties {
        }

        /** Represents a GroupRef. */
        class GroupRef {

            /**
             * Constructs a new GroupRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupRef groupId. */
            groupId: string;

            /**
             * Creates a new GroupRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupRef instance
             */
            static create(properties: im.v1.GroupRef.$Shape): im.v1.GroupRef & im.v1.GroupRef.$Shape;
            static create(properties?: im.v1.GroupRef.$Properties): im.v1.GroupRef;

            /**
             * Encodes the specified GroupRef message. Does not implicitly {@link im.v1.GroupRef.verify|verify} messages.
             * @param message GroupRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupRef & im.v1.GroupRef.$Shape} GroupRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupRef & im.v1.GroupRef.$Shape;

            /**
             * Creates a GroupRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupRef
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupRef;

            /**
             * Creates a plain object from a GroupRef message. Also converts values to other types if specified.
             * @param message GroupRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupRef {

            /** Properties of a GroupRef. */
            interface $Properties {

                /** GroupRef groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupRef. */
            type $Shape = im.v1.GroupRef.$Properties;
        }

        /**
         * Properties of a GroupUpdate.
         * @deprecated Use im.v1.GroupUpdate.$Properties instead.
         */
        interface IGroupUpdate extends im.v1.GroupUpdate.$Properties {
        }

        /** Represents a GroupUpdate. */
        class GroupUpdate {

            /**
             * Constructs a new GroupUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupUpdate groupId. */
            groupId: string;

            /** GroupUpdate settings. */
            settings?: (im.v1.GroupSettings.$Properties|null);

            /**
             * Creates a new GroupUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupUpdate instance
             */
            static create(properties: im.v1.GroupUpdate.$Shape): im.v1.GroupUpdate & im.v1.GroupUpdate.$Shape;
            static create(properties?: im.v1.GroupUpdate.$Properties): im.v1.GroupUpdate;

            /**
             * Encodes the specified GroupUpdate message. Does not implicitly {@link im.v1.GroupUpdate.verify|verify} messages.
             * @param message GroupUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupUpdate & im.v1.GroupUpdate.$Shape} GroupUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupUpdate & im.v1.GroupUpdate.$Shape;

            /**
             * Creates a GroupUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupUpdate
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupUpdate;

            /**
             * Creates a plain object from a GroupUpdate message. Also converts values to other types if specified.
             * @param message GroupUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupUpdate {

            /** Properties of a GroupUpdate. */
            interface $Properties {

                /** GroupUpdate groupId */
                groupId?: (string|null);

                /** GroupUpdate settings */
                settings?: (im.v1.GroupSettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupUpdate. */
            type $Shape = im.v1.GroupUpdate.$Properties;
        }

        /**
         * Properties of a GroupAdd.
         * @deprecated Use im.v1.GroupAdd.$Properties instead.
         */
        interface IGroupAdd extends im.v1.GroupAdd.$Properties {
        }

        /** Represents a GroupAdd. */
        class GroupAdd {

            /**
             * Constructs a new GroupAdd.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupAdd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupAdd groupId. */
            groupId: string;

            /** GroupAdd userIds. */
            userIds: string[];

            /**
             * Creates a new GroupAdd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupAdd instance
             */
            static create(properties: im.v1.GroupAdd.$Shape): im.v1.GroupAdd & im.v1.GroupAdd.$Shape;
            static create(properties?: im.v1.GroupAdd.$Properties): im.v1.GroupAdd;

            /**
             * Encodes the specified GroupAdd message. Does not implicitly {@link im.v1.GroupAdd.verify|verify} messages.
             * @param message GroupAdd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupAdd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupAdd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupAdd & im.v1.GroupAdd.$Shape} GroupAdd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupAdd & im.v1.GroupAdd.$Shape;

            /**
             * Creates a GroupAdd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupAdd
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupAdd;

            /**
             * Creates a plain object from a GroupAdd message. Also converts values to other types if specified.
             * @param message GroupAdd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupAdd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupAdd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupAdd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupAdd {

            /** Properties of a GroupAdd. */
            interface $Properties {

                /** GroupAdd groupId */
                groupId?: (string|null);

                /** GroupAdd userIds */
                userIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupAdd. */
            type $Shape = im.v1.GroupAdd.$Properties;
        }

        /**
         * Properties of a GroupMemberRef.
         * @deprecated Use im.v1.GroupMemberRef.$Properties instead.
         */
        interface IGroupMemberRef extends im.v1.GroupMemberRef.$Properties {
        }

        /** Represents a GroupMemberRef. */
        class GroupMemberRef {

            /**
             * Constructs a new GroupMemberRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMemberRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMemberRef groupId. */
            groupId: string;

            /** GroupMemberRef userId. */
            userId: string;

            /**
             * Creates a new GroupMemberRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMemberRef instance
             */
            static create(properties: im.v1.GroupMemberRef.$Shape): im.v1.GroupMemberRef & im.v1.GroupMemberRef.$Shape;
            static create(properties?: im.v1.GroupMemberRef.$Properties): im.v1.GroupMemberRef;

            /**
             * Encodes the specified GroupMemberRef message. Does not implicitly {@link im.v1.GroupMemberRef.verify|verify} messages.
             * @param message GroupMemberRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMemberRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMemberRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMemberRef & im.v1.GroupMemberRef.$Shape} GroupMemberRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMemberRef & im.v1.GroupMemberRef.$Shape;

            /**
             * Creates a GroupMemberRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMemberRef
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMemberRef;

            /**
             * Creates a plain object from a GroupMemberRef message. Also converts values to other types if specified.
             * @param message GroupMemberRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMemberRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMemberRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMemberRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMemberRef {

            /** Properties of a GroupMemberRef. */
            interface $Properties {

                /** GroupMemberRef groupId */
                groupId?: (string|null);

                /** GroupMemberRef userId */
                userId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMemberRef. */
            type $Shape = im.v1.GroupMemberRef.$Properties;
        }

        /**
         * Properties of a GroupMemberUpdate.
         * @deprecated Use im.v1.GroupMemberUpdate.$Properties instead.
         */
        interface IGroupMemberUpdate extends im.v1.GroupMemberUpdate.$Properties {
        }

        /** Represents a GroupMemberUpdate. */
        class GroupMemberUpdate {

            /**
             * Constructs a new GroupMemberUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMemberUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMemberUpdate groupId. */
            groupId: string;

            /** GroupMemberUpdate userId. */
            userId: string;

            /** GroupMemberUpdate role. */
            role?: (string|null);

            /** GroupMemberUpdate muteSeconds. */
            muteSeconds?: (number|null);

            /**
             * Creates a new GroupMemberUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMemberUpdate instance
             */
            static create(properties: im.v1.GroupMemberUpdate.$Shape): im.v1.GroupMemberUpdate & im.v1.GroupMemberUpdate.$Shape;
            static create(properties?: im.v1.GroupMemberUpdate.$Properties): im.v1.GroupMemberUpdate;

            /**
             * Encodes the specified GroupMemberUpdate message. Does not implicitly {@link im.v1.GroupMemberUpdate.verify|verify} messages.
             * @param message GroupMemberUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMemberUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMemberUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMemberUpdate & im.v1.GroupMemberUpdate.$Shape} GroupMemberUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMemberUpdate & im.v1.GroupMemberUpdate.$Shape;

            /**
             * Creates a GroupMemberUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMemberUpdate
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMemberUpdate;

            /**
             * Creates a plain object from a GroupMemberUpdate message. Also converts values to other types if specified.
             * @param message GroupMemberUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMemberUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMemberUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMemberUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMemberUpdate {

            /** Properties of a GroupMemberUpdate. */
            interface $Properties {

                /** GroupMemberUpdate groupId */
                groupId?: (string|null);

                /** GroupMemberUpdate userId */
                userId?: (string|null);

                /** GroupMemberUpdate role */
                role?: (string|null);

                /** GroupMemberUpdate muteSeconds */
                muteSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMemberUpdate. */
            type $Shape = im.v1.GroupMemberUpdate.$Properties;
        }

        /**
         * Properties of a GroupMember.
         * @deprecated Use im.v1.GroupMember.$Properties instead.
         */
        interface IGroupMember extends im.v1.GroupMember.$Properties {
        }

        /** Represents a GroupMember. */
        class GroupMember {

            /**
             * Constructs a new GroupMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMember userId. */
            userId: string;

            /** GroupMember role. */
            role: string;

            /** GroupMember joinedAt. */
            joinedAt: (number|Long);

            /** GroupMember joinSeq. */
            joinSeq: (number|Long);

            /** GroupMember mutedUntil. */
            mutedUntil: (number|Long);

            /**
             * Creates a new GroupMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMember instance
             */
            static create(properties: im.v1.GroupMember.$Shape): im.v1.GroupMember & im.v1.GroupMember.$Shape;
            static create(properties?: im.v1.GroupMember.$Properties): im.v1.GroupMember;

            /**
             * Encodes the specified GroupMember message. Does not implicitly {@link im.v1.GroupMember.verify|verify} messages.
             * @param message GroupMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMember & im.v1.GroupMember.$Shape} GroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMember & im.v1.GroupMember.$Shape;

            /**
             * Creates a GroupMember message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMember
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMember;

            /**
             * Creates a plain object from a GroupMember message. Also converts values to other types if specified.
             * @param message GroupMember
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMember {

            /** Properties of a GroupMember. */
            interface $Properties {

                /** GroupMember userId */
                userId?: (string|null);

                /** GroupMember role */
                role?: (string|null);

                /** GroupMember joinedAt */
                joinedAt?: (number|Long|null);

                /** GroupMember joinSeq */
                joinSeq?: (number|Long|null);

                /** GroupMember mutedUntil */
                mutedUntil?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMember. */
            type $Shape = im.v1.GroupMember.$Properties;
        }

        /**
         * Properties of a GroupMembersRequest.
         * @deprecated Use im.v1.GroupMembersRequest.$Properties instead.
         */
        interface IGroupMembersRequest extends im.v1.GroupMembersRequest.$Properties {
        }

        /** Represents a GroupMembersRequest. */
        class GroupMembersRequest {

            /**
             * Constructs a new GroupMembersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMembersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMembersRequest groupId. */
            groupId: string;

            /** GroupMembersRequest limit. */
            limit: number;

            /** GroupMembersRequest cursor. */
            cursor: string;

            /**
             * Creates a new GroupMembersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMembersRequest instance
             */
            static create(properties: im.v1.GroupMembersRequest.$Shape): im.v1.GroupMembersRequest & im.v1.GroupMembersRequest.$Shape;
            static create(properties?: im.v1.GroupMembersRequest.$Properties): im.v1.GroupMembersRequest;

            /**
             * Encodes the specified GroupMembersRequest message. Does not implicitly {@link im.v1.GroupMembersRequest.verify|verify} messages.
             * @param message GroupMembersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMembersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMembersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMembersRequest & im.v1.GroupMembersRequest.$Shape} GroupMembersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMembersRequest & im.v1.GroupMembersRequest.$Shape;

            /**
             * Creates a GroupMembersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMembersRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMembersRequest;

            /**
             * Creates a plain object from a GroupMembersRequest message. Also converts values to other types if specified.
             * @param message GroupMembersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMembersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMembersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMembersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMembersRequest {

            /** Properties of a GroupMembersRequest. */
            interface $Properties {

                /** GroupMembersRequest groupId */
                groupId?: (string|null);

                /** GroupMembersRequest limit */
                limit?: (number|null);

                /** GroupMembersRequest cursor */
                cursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMembersRequest. */
            type $Shape = im.v1.GroupMembersRequest.$Properties;
        }

        /**
         * Properties of a GroupMembersResult.
         * @deprecated Use im.v1.GroupMembersResult.$Properties instead.
         */
        interface IGroupMembersResult extends im.v1.GroupMembersResult.$Properties {
        }

        /** Represents a GroupMembersResult. */
        class GroupMembersResult {

            /**
             * Constructs a new GroupMembersResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMembersResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMembersResult groupId. */
            groupId: string;

            /** GroupMembersResult members. */
            members: im.v1.GroupMember.$Properties[];

            /** GroupMembersResult nextCursor. */
            nextCursor: string;

            /**
             * Creates a new GroupMembersResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMembersResult instance
             */
            static create(properties: im.v1.GroupMembersResult.$Shape): im.v1.GroupMembersResult & im.v1.GroupMembersResult.$Shape;
            static create(properties?: im.v1.GroupMembersResult.$Properties): im.v1.GroupMembersResult;

            /**
             * Encodes the specified GroupMembersResult message. Does not implicitly {@link im.v1.GroupMembersResult.verify|verify} messages.
             * @param message GroupMembersResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMembersResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMembersResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMembersResult & im.v1.GroupMembersResult.$Shape} GroupMembersResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMembersResult & im.v1.GroupMembersResult.$Shape;

            /**
             * Creates a GroupMembersResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMembersResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMembersResult;

            /**
             * Creates a plain object from a GroupMembersResult message. Also converts values to other types if specified.
             * @param message GroupMembersResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMembersResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMembersResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMembersResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMembersResult {

            /** Properties of a GroupMembersResult. */
            interface $Properties {

                /** GroupMembersResult groupId */
                groupId?: (string|null);

                /** GroupMembersResult members */
                members?: (im.v1.GroupMember.$Properties[]|null);

                /** GroupMembersResult nextCursor */
                nextCursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMembersResult. */
            type $Shape = im.v1.GroupMembersResult.$Properties;
        }

        /**
         * Properties of a GroupsRequest.
         * @deprecated Use im.v1.GroupsRequest.$Properties instead.
         */
        interface IGroupsRequest extends im.v1.GroupsRequest.$Properties {
        }

        /** Represents a GroupsRequest. */
        class GroupsRequest {

            /**
             * Constructs a new GroupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupsRequest limit. */
            limit: number;

            /** GroupsRequest cursor. */
            cursor: string;

            /**
             * Creates a new GroupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupsRequest instance
             */
            static create(properties: im.v1.GroupsRequest.$Shape): im.v1.GroupsRequest & im.v1.GroupsRequest.$Shape;
            static create(properties?: im.v1.GroupsRequest.$Properties): im.v1.GroupsRequest;

            /**
             * Encodes the specified GroupsRequest message. Does not implicitly {@link im.v1.GroupsRequest.verify|verify} messages.
             * @param message GroupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupsRequest & im.v1.GroupsRequest.$Shape} GroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupsRequest & im.v1.GroupsRequest.$Shape;

            /**
             * Creates a GroupsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupsRequest
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupsRequest;

            /**
             * Creates a plain object from a GroupsRequest message. Also converts values to other types if specified.
             * @param message GroupsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupsRequest {

            /** Properties of a GroupsRequest. */
            interface $Properties {

                /** GroupsRequest limit */
                limit?: (number|null);

                /** GroupsRequest cursor */
                cursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupsRequest. */
            type $Shape = im.v1.GroupsRequest.$Properties;
        }

        /**
         * Properties of a GroupsResult.
         * @deprecated Use im.v1.GroupsResult.$Properties instead.
         */
        interface IGroupsResult extends im.v1.GroupsResult.$Properties {
        }

        /** Represents a GroupsResult. */
        class GroupsResult {

            /**
             * Constructs a new GroupsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupsResult groups. */
            groups: im.v1.GroupInfo.$Properties[];

            /** GroupsResult nextCursor. */
            nextCursor: string;

            /**
             * Creates a new GroupsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupsResult instance
             */
            static create(properties: im.v1.GroupsResult.$Shape): im.v1.GroupsResult & im.v1.GroupsResult.$Shape;
            static create(properties?: im.v1.GroupsResult.$Properties): im.v1.GroupsResult;

            /**
             * Encodes the specified GroupsResult message. Does not implicitly {@link im.v1.GroupsResult.verify|verify} messages.
             * @param message GroupsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupsResult & im.v1.GroupsResult.$Shape} GroupsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupsResult & im.v1.GroupsResult.$Shape;

            /**
             * Creates a GroupsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupsResult
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupsResult;

            /**
             * Creates a plain object from a GroupsResult message. Also converts values to other types if specified.
             * @param message GroupsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupsResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupsResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupsResult {

            /** Properties of a GroupsResult. */
            interface $Properties {

                /** GroupsResult groups */
                groups?: (im.v1.GroupInfo.$Properties[]|null);

                /** GroupsResult nextCursor */
                nextCursor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupsResult. */
            type $Shape = im.v1.GroupsResult.$Properties;
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

        /**
         * Properties of a TypingFrame.
         * @deprecated Use im.v1.TypingFrame.$Properties instead.
         */
        interface ITypingFrame extends im.v1.TypingFrame.$Properties {
        }

        /** Represents a TypingFrame. */
        class TypingFrame {

            /**
             * Constructs a new TypingFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.TypingFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypingFrame id. */
            id: number;

            /** TypingFrame d. */
            d?: (im.v1.Typing.$Properties|null);

            /**
             * Creates a new TypingFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TypingFrame instance
             */
            static create(properties: im.v1.TypingFrame.$Shape): im.v1.TypingFrame & im.v1.TypingFrame.$Shape;
            static create(properties?: im.v1.TypingFrame.$Properties): im.v1.TypingFrame;

            /**
             * Encodes the specified TypingFrame message. Does not implicitly {@link im.v1.TypingFrame.verify|verify} messages.
             * @param message TypingFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.TypingFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypingFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.TypingFrame & im.v1.TypingFrame.$Shape} TypingFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.TypingFrame & im.v1.TypingFrame.$Shape;

            /**
             * Creates a TypingFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TypingFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.TypingFrame;

            /**
             * Creates a plain object from a TypingFrame message. Also converts values to other types if specified.
             * @param message TypingFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.TypingFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TypingFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TypingFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TypingFrame {

            /** Properties of a TypingFrame. */
            interface $Properties {

                /** TypingFrame id */
                id?: (number|null);

                /** TypingFrame d */
                d?: (im.v1.Typing.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypingFrame. */
            type $Shape = im.v1.TypingFrame.$Properties;
        }

        /**
         * Properties of a PresenceFrame.
         * @deprecated Use im.v1.PresenceFrame.$Properties instead.
         */
        interface IPresenceFrame extends im.v1.PresenceFrame.$Properties {
        }

        /** Represents a PresenceFrame. */
        class PresenceFrame {

            /**
             * Constructs a new PresenceFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PresenceFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceFrame id. */
            id: number;

            /** PresenceFrame d. */
            d?: (im.v1.Presence.$Properties|null);

            /**
             * Creates a new PresenceFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceFrame instance
             */
            static create(properties: im.v1.PresenceFrame.$Shape): im.v1.PresenceFrame & im.v1.PresenceFrame.$Shape;
            static create(properties?: im.v1.PresenceFrame.$Properties): im.v1.PresenceFrame;

            /**
             * Encodes the specified PresenceFrame message. Does not implicitly {@link im.v1.PresenceFrame.verify|verify} messages.
             * @param message PresenceFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PresenceFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PresenceFrame & im.v1.PresenceFrame.$Shape} PresenceFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PresenceFrame & im.v1.PresenceFrame.$Shape;

            /**
             * Creates a PresenceFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.PresenceFrame;

            /**
             * Creates a plain object from a PresenceFrame message. Also converts values to other types if specified.
             * @param message PresenceFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PresenceFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceFrame {

            /** Properties of a PresenceFrame. */
            interface $Properties {

                /** PresenceFrame id */
                id?: (number|null);

                /** PresenceFrame d */
                d?: (im.v1.Presence.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceFrame. */
            type $Shape = im.v1.PresenceFrame.$Properties;
        }

        /**
         * Properties of a PresenceQueryFrame.
         * @deprecated Use im.v1.PresenceQueryFrame.$Properties instead.
         */
        interface IPresenceQueryFrame extends im.v1.PresenceQueryFrame.$Properties {
        }

        /** Represents a PresenceQueryFrame. */
        class PresenceQueryFrame {

            /**
             * Constructs a new PresenceQueryFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PresenceQueryFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceQueryFrame id. */
            id: number;

            /** PresenceQueryFrame d. */
            d?: (im.v1.PresenceQuery.$Properties|null);

            /**
             * Creates a new PresenceQueryFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceQueryFrame instance
             */
            static create(properties: im.v1.PresenceQueryFrame.$Shape): im.v1.PresenceQueryFrame & im.v1.PresenceQueryFrame.$Shape;
            static create(properties?: im.v1.PresenceQueryFrame.$Properties): im.v1.PresenceQueryFrame;

            /**
             * Encodes the specified PresenceQueryFrame message. Does not implicitly {@link im.v1.PresenceQueryFrame.verify|verify} messages.
             * @param message PresenceQueryFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PresenceQueryFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceQueryFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PresenceQueryFrame & im.v1.PresenceQueryFrame.$Shape} PresenceQueryFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PresenceQueryFrame & im.v1.PresenceQueryFrame.$Shape;

            /**
             * Creates a PresenceQueryFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceQueryFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.PresenceQueryFrame;

            /**
             * Creates a plain object from a PresenceQueryFrame message. Also converts values to other types if specified.
             * @param message PresenceQueryFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PresenceQueryFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceQueryFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceQueryFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceQueryFrame {

            /** Properties of a PresenceQueryFrame. */
            interface $Properties {

                /** PresenceQueryFrame id */
                id?: (number|null);

                /** PresenceQueryFrame d */
                d?: (im.v1.PresenceQuery.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceQueryFrame. */
            type $Shape = im.v1.PresenceQueryFrame.$Properties;
        }

        /**
         * Properties of a PresenceResultFrame.
         * @deprecated Use im.v1.PresenceResultFrame.$Properties instead.
         */
        interface IPresenceResultFrame extends im.v1.PresenceResultFrame.$Properties {
        }

        /** Represents a PresenceResultFrame. */
        class PresenceResultFrame {

            /**
             * Constructs a new PresenceResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.PresenceResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceResultFrame id. */
            id: number;

            /** PresenceResultFrame d. */
            d?: (im.v1.PresenceResult.$Properties|null);

            /**
             * Creates a new PresenceResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceResultFrame instance
             */
            static create(properties: im.v1.PresenceResultFrame.$Shape): im.v1.PresenceResultFrame & im.v1.PresenceResultFrame.$Shape;
            static create(properties?: im.v1.PresenceResultFrame.$Properties): im.v1.PresenceResultFrame;

            /**
             * Encodes the specified PresenceResultFrame message. Does not implicitly {@link im.v1.PresenceResultFrame.verify|verify} messages.
             * @param message PresenceResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.PresenceResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.PresenceResultFrame & im.v1.PresenceResultFrame.$Shape} PresenceResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.PresenceResultFrame & im.v1.PresenceResultFrame.$Shape;

            /**
             * Creates a PresenceResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.PresenceResultFrame;

            /**
             * Creates a plain object from a PresenceResultFrame message. Also converts values to other types if specified.
             * @param message PresenceResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.PresenceResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceResultFrame {

            /** Properties of a PresenceResultFrame. */
            interface $Properties {

                /** PresenceResultFrame id */
                id?: (number|null);

                /** PresenceResultFrame d */
                d?: (im.v1.PresenceResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceResultFrame. */
            type $Shape = im.v1.PresenceResultFrame.$Properties;
        }

        /**
         * Properties of a ReceiptFrame.
         * @deprecated Use im.v1.ReceiptFrame.$Properties instead.
         */
        interface IReceiptFrame extends im.v1.ReceiptFrame.$Properties {
        }

        /** Represents a ReceiptFrame. */
        class ReceiptFrame {

            /**
             * Constructs a new ReceiptFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReceiptFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptFrame id. */
            id: number;

            /** ReceiptFrame d. */
            d?: (im.v1.Receipt.$Properties|null);

            /**
             * Creates a new ReceiptFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptFrame instance
             */
            static create(properties: im.v1.ReceiptFrame.$Shape): im.v1.ReceiptFrame & im.v1.ReceiptFrame.$Shape;
            static create(properties?: im.v1.ReceiptFrame.$Properties): im.v1.ReceiptFrame;

            /**
             * Encodes the specified ReceiptFrame message. Does not implicitly {@link im.v1.ReceiptFrame.verify|verify} messages.
             * @param message ReceiptFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReceiptFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReceiptFrame & im.v1.ReceiptFrame.$Shape} ReceiptFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReceiptFrame & im.v1.ReceiptFrame.$Shape;

            /**
             * Creates a ReceiptFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReceiptFrame;

            /**
             * Creates a plain object from a ReceiptFrame message. Also converts values to other types if specified.
             * @param message ReceiptFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReceiptFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptFrame {

            /** Properties of a ReceiptFrame. */
            interface $Properties {

                /** ReceiptFrame id */
                id?: (number|null);

                /** ReceiptFrame d */
                d?: (im.v1.Receipt.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptFrame. */
            type $Shape = im.v1.ReceiptFrame.$Properties;
        }

        /**
         * Properties of a ReceiptsFrame.
         * @deprecated Use im.v1.ReceiptsFrame.$Properties instead.
         */
        interface IReceiptsFrame extends im.v1.ReceiptsFrame.$Properties {
        }

        /** Represents a ReceiptsFrame. */
        class ReceiptsFrame {

            /**
             * Constructs a new ReceiptsFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReceiptsFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptsFrame id. */
            id: number;

            /** ReceiptsFrame d. */
            d?: (im.v1.ReceiptsRequest.$Properties|null);

            /**
             * Creates a new ReceiptsFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptsFrame instance
             */
            static create(properties: im.v1.ReceiptsFrame.$Shape): im.v1.ReceiptsFrame & im.v1.ReceiptsFrame.$Shape;
            static create(properties?: im.v1.ReceiptsFrame.$Properties): im.v1.ReceiptsFrame;

            /**
             * Encodes the specified ReceiptsFrame message. Does not implicitly {@link im.v1.ReceiptsFrame.verify|verify} messages.
             * @param message ReceiptsFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReceiptsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptsFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReceiptsFrame & im.v1.ReceiptsFrame.$Shape} ReceiptsFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReceiptsFrame & im.v1.ReceiptsFrame.$Shape;

            /**
             * Creates a ReceiptsFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptsFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReceiptsFrame;

            /**
             * Creates a plain object from a ReceiptsFrame message. Also converts values to other types if specified.
             * @param message ReceiptsFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReceiptsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptsFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptsFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptsFrame {

            /** Properties of a ReceiptsFrame. */
            interface $Properties {

                /** ReceiptsFrame id */
                id?: (number|null);

                /** ReceiptsFrame d */
                d?: (im.v1.ReceiptsRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptsFrame. */
            type $Shape = im.v1.ReceiptsFrame.$Properties;
        }

        /**
         * Properties of a ReceiptsResultFrame.
         * @deprecated Use im.v1.ReceiptsResultFrame.$Properties instead.
         */
        interface IReceiptsResultFrame extends im.v1.ReceiptsResultFrame.$Properties {
        }

        /** Represents a ReceiptsResultFrame. */
        class ReceiptsResultFrame {

            /**
             * Constructs a new ReceiptsResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReceiptsResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReceiptsResultFrame id. */
            id: number;

            /** ReceiptsResultFrame d. */
            d?: (im.v1.ReceiptsResult.$Properties|null);

            /**
             * Creates a new ReceiptsResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReceiptsResultFrame instance
             */
            static create(properties: im.v1.ReceiptsResultFrame.$Shape): im.v1.ReceiptsResultFrame & im.v1.ReceiptsResultFrame.$Shape;
            static create(properties?: im.v1.ReceiptsResultFrame.$Properties): im.v1.ReceiptsResultFrame;

            /**
             * Encodes the specified ReceiptsResultFrame message. Does not implicitly {@link im.v1.ReceiptsResultFrame.verify|verify} messages.
             * @param message ReceiptsResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReceiptsResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReceiptsResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReceiptsResultFrame & im.v1.ReceiptsResultFrame.$Shape} ReceiptsResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReceiptsResultFrame & im.v1.ReceiptsResultFrame.$Shape;

            /**
             * Creates a ReceiptsResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReceiptsResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReceiptsResultFrame;

            /**
             * Creates a plain object from a ReceiptsResultFrame message. Also converts values to other types if specified.
             * @param message ReceiptsResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReceiptsResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReceiptsResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReceiptsResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReceiptsResultFrame {

            /** Properties of a ReceiptsResultFrame. */
            interface $Properties {

                /** ReceiptsResultFrame id */
                id?: (number|null);

                /** ReceiptsResultFrame d */
                d?: (im.v1.ReceiptsResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReceiptsResultFrame. */
            type $Shape = im.v1.ReceiptsResultFrame.$Properties;
        }

        /**
         * Properties of a ReadersFrame.
         * @deprecated Use im.v1.ReadersFrame.$Properties instead.
         */
        interface IReadersFrame extends im.v1.ReadersFrame.$Properties {
        }

        /** Represents a ReadersFrame. */
        class ReadersFrame {

            /**
             * Constructs a new ReadersFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadersFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadersFrame id. */
            id: number;

            /** ReadersFrame d. */
            d?: (im.v1.ReadersRequest.$Properties|null);

            /**
             * Creates a new ReadersFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadersFrame instance
             */
            static create(properties: im.v1.ReadersFrame.$Shape): im.v1.ReadersFrame & im.v1.ReadersFrame.$Shape;
            static create(properties?: im.v1.ReadersFrame.$Properties): im.v1.ReadersFrame;

            /**
             * Encodes the specified ReadersFrame message. Does not implicitly {@link im.v1.ReadersFrame.verify|verify} messages.
             * @param message ReadersFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadersFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadersFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadersFrame & im.v1.ReadersFrame.$Shape} ReadersFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadersFrame & im.v1.ReadersFrame.$Shape;

            /**
             * Creates a ReadersFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadersFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadersFrame;

            /**
             * Creates a plain object from a ReadersFrame message. Also converts values to other types if specified.
             * @param message ReadersFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadersFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadersFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadersFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadersFrame {

            /** Properties of a ReadersFrame. */
            interface $Properties {

                /** ReadersFrame id */
                id?: (number|null);

                /** ReadersFrame d */
                d?: (im.v1.ReadersRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadersFrame. */
            type $Shape = im.v1.ReadersFrame.$Properties;
        }

        /**
         * Properties of a ReadersResultFrame.
         * @deprecated Use im.v1.ReadersResultFrame.$Properties instead.
         */
        interface IReadersResultFrame extends im.v1.ReadersResultFrame.$Properties {
        }

        /** Represents a ReadersResultFrame. */
        class ReadersResultFrame {

            /**
             * Constructs a new ReadersResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ReadersResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadersResultFrame id. */
            id: number;

            /** ReadersResultFrame d. */
            d?: (im.v1.ReadersResult.$Properties|null);

            /**
             * Creates a new ReadersResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadersResultFrame instance
             */
            static create(properties: im.v1.ReadersResultFrame.$Shape): im.v1.ReadersResultFrame & im.v1.ReadersResultFrame.$Shape;
            static create(properties?: im.v1.ReadersResultFrame.$Properties): im.v1.ReadersResultFrame;

            /**
             * Encodes the specified ReadersResultFrame message. Does not implicitly {@link im.v1.ReadersResultFrame.verify|verify} messages.
             * @param message ReadersResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ReadersResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadersResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ReadersResultFrame & im.v1.ReadersResultFrame.$Shape} ReadersResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ReadersResultFrame & im.v1.ReadersResultFrame.$Shape;

            /**
             * Creates a ReadersResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadersResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ReadersResultFrame;

            /**
             * Creates a plain object from a ReadersResultFrame message. Also converts values to other types if specified.
             * @param message ReadersResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ReadersResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadersResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadersResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadersResultFrame {

            /** Properties of a ReadersResultFrame. */
            interface $Properties {

                /** ReadersResultFrame id */
                id?: (number|null);

                /** ReadersResultFrame d */
                d?: (im.v1.ReadersResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadersResultFrame. */
            type $Shape = im.v1.ReadersResultFrame.$Properties;
        }

        /**
         * Properties of an EditFrame.
         * @deprecated Use im.v1.EditFrame.$Properties instead.
         */
        interface IEditFrame extends im.v1.EditFrame.$Properties {
        }

        /** Represents an EditFrame. */
        class EditFrame {

            /**
             * Constructs a new EditFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditFrame id. */
            id: number;

            /** EditFrame d. */
            d?: (im.v1.EditRequest.$Properties|null);

            /**
             * Creates a new EditFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditFrame instance
             */
            static create(properties: im.v1.EditFrame.$Shape): im.v1.EditFrame & im.v1.EditFrame.$Shape;
            static create(properties?: im.v1.EditFrame.$Properties): im.v1.EditFrame;

            /**
             * Encodes the specified EditFrame message. Does not implicitly {@link im.v1.EditFrame.verify|verify} messages.
             * @param message EditFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditFrame & im.v1.EditFrame.$Shape} EditFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditFrame & im.v1.EditFrame.$Shape;

            /**
             * Creates an EditFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditFrame;

            /**
             * Creates a plain object from an EditFrame message. Also converts values to other types if specified.
             * @param message EditFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditFrame {

            /** Properties of an EditFrame. */
            interface $Properties {

                /** EditFrame id */
                id?: (number|null);

                /** EditFrame d */
                d?: (im.v1.EditRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditFrame. */
            type $Shape = im.v1.EditFrame.$Properties;
        }

        /**
         * Properties of a RecallFrame.
         * @deprecated Use im.v1.RecallFrame.$Properties instead.
         */
        interface IRecallFrame extends im.v1.RecallFrame.$Properties {
        }

        /** Represents a RecallFrame. */
        class RecallFrame {

            /**
             * Constructs a new RecallFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.RecallFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecallFrame id. */
            id: number;

            /** RecallFrame d. */
            d?: (im.v1.RecallRequest.$Properties|null);

            /**
             * Creates a new RecallFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecallFrame instance
             */
            static create(properties: im.v1.RecallFrame.$Shape): im.v1.RecallFrame & im.v1.RecallFrame.$Shape;
            static create(properties?: im.v1.RecallFrame.$Properties): im.v1.RecallFrame;

            /**
             * Encodes the specified RecallFrame message. Does not implicitly {@link im.v1.RecallFrame.verify|verify} messages.
             * @param message RecallFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.RecallFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecallFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.RecallFrame & im.v1.RecallFrame.$Shape} RecallFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.RecallFrame & im.v1.RecallFrame.$Shape;

            /**
             * Creates a RecallFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecallFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.RecallFrame;

            /**
             * Creates a plain object from a RecallFrame message. Also converts values to other types if specified.
             * @param message RecallFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.RecallFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecallFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecallFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecallFrame {

            /** Properties of a RecallFrame. */
            interface $Properties {

                /** RecallFrame id */
                id?: (number|null);

                /** RecallFrame d */
                d?: (im.v1.RecallRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecallFrame. */
            type $Shape = im.v1.RecallFrame.$Properties;
        }

        /**
         * Properties of a DeleteFrame.
         * @deprecated Use im.v1.DeleteFrame.$Properties instead.
         */
        interface IDeleteFrame extends im.v1.DeleteFrame.$Properties {
        }

        /** Represents a DeleteFrame. */
        class DeleteFrame {

            /**
             * Constructs a new DeleteFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.DeleteFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteFrame id. */
            id: number;

            /** DeleteFrame d. */
            d?: (im.v1.DeleteForMe.$Properties|null);

            /**
             * Creates a new DeleteFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteFrame instance
             */
            static create(properties: im.v1.DeleteFrame.$Shape): im.v1.DeleteFrame & im.v1.DeleteFrame.$Shape;
            static create(properties?: im.v1.DeleteFrame.$Properties): im.v1.DeleteFrame;

            /**
             * Encodes the specified DeleteFrame message. Does not implicitly {@link im.v1.DeleteFrame.verify|verify} messages.
             * @param message DeleteFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.DeleteFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.DeleteFrame & im.v1.DeleteFrame.$Shape} DeleteFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.DeleteFrame & im.v1.DeleteFrame.$Shape;

            /**
             * Creates a DeleteFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.DeleteFrame;

            /**
             * Creates a plain object from a DeleteFrame message. Also converts values to other types if specified.
             * @param message DeleteFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.DeleteFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteFrame {

            /** Properties of a DeleteFrame. */
            interface $Properties {

                /** DeleteFrame id */
                id?: (number|null);

                /** DeleteFrame d */
                d?: (im.v1.DeleteForMe.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteFrame. */
            type $Shape = im.v1.DeleteFrame.$Properties;
        }

        /**
         * Properties of a DeletedFrame.
         * @deprecated Use im.v1.DeletedFrame.$Properties instead.
         */
        interface IDeletedFrame extends im.v1.DeletedFrame.$Properties {
        }

        /** Represents a DeletedFrame. */
        class DeletedFrame {

            /**
             * Constructs a new DeletedFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.DeletedFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletedFrame id. */
            id: number;

            /** DeletedFrame d. */
            d?: (im.v1.DeleteForMe.$Properties|null);

            /**
             * Creates a new DeletedFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeletedFrame instance
             */
            static create(properties: im.v1.DeletedFrame.$Shape): im.v1.DeletedFrame & im.v1.DeletedFrame.$Shape;
            static create(properties?: im.v1.DeletedFrame.$Properties): im.v1.DeletedFrame;

            /**
             * Encodes the specified DeletedFrame message. Does not implicitly {@link im.v1.DeletedFrame.verify|verify} messages.
             * @param message DeletedFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.DeletedFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletedFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.DeletedFrame & im.v1.DeletedFrame.$Shape} DeletedFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.DeletedFrame & im.v1.DeletedFrame.$Shape;

            /**
             * Creates a DeletedFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeletedFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.DeletedFrame;

            /**
             * Creates a plain object from a DeletedFrame message. Also converts values to other types if specified.
             * @param message DeletedFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.DeletedFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeletedFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeletedFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeletedFrame {

            /** Properties of a DeletedFrame. */
            interface $Properties {

                /** DeletedFrame id */
                id?: (number|null);

                /** DeletedFrame d */
                d?: (im.v1.DeleteForMe.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletedFrame. */
            type $Shape = im.v1.DeletedFrame.$Properties;
        }

        /**
         * Properties of an EditsFrame.
         * @deprecated Use im.v1.EditsFrame.$Properties instead.
         */
        interface IEditsFrame extends im.v1.EditsFrame.$Properties {
        }

        /** Represents an EditsFrame. */
        class EditsFrame {

            /**
             * Constructs a new EditsFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditsFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditsFrame id. */
            id: number;

            /** EditsFrame d. */
            d?: (im.v1.EditsRequest.$Properties|null);

            /**
             * Creates a new EditsFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditsFrame instance
             */
            static create(properties: im.v1.EditsFrame.$Shape): im.v1.EditsFrame & im.v1.EditsFrame.$Shape;
            static create(properties?: im.v1.EditsFrame.$Properties): im.v1.EditsFrame;

            /**
             * Encodes the specified EditsFrame message. Does not implicitly {@link im.v1.EditsFrame.verify|verify} messages.
             * @param message EditsFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditsFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditsFrame & im.v1.EditsFrame.$Shape} EditsFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditsFrame & im.v1.EditsFrame.$Shape;

            /**
             * Creates an EditsFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditsFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditsFrame;

            /**
             * Creates a plain object from an EditsFrame message. Also converts values to other types if specified.
             * @param message EditsFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditsFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditsFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditsFrame {

            /** Properties of an EditsFrame. */
            interface $Properties {

                /** EditsFrame id */
                id?: (number|null);

                /** EditsFrame d */
                d?: (im.v1.EditsRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditsFrame. */
            type $Shape = im.v1.EditsFrame.$Properties;
        }

        /**
         * Properties of an EditsResultFrame.
         * @deprecated Use im.v1.EditsResultFrame.$Properties instead.
         */
        interface IEditsResultFrame extends im.v1.EditsResultFrame.$Properties {
        }

        /** Represents an EditsResultFrame. */
        class EditsResultFrame {

            /**
             * Constructs a new EditsResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.EditsResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EditsResultFrame id. */
            id: number;

            /** EditsResultFrame d. */
            d?: (im.v1.EditsResult.$Properties|null);

            /**
             * Creates a new EditsResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EditsResultFrame instance
             */
            static create(properties: im.v1.EditsResultFrame.$Shape): im.v1.EditsResultFrame & im.v1.EditsResultFrame.$Shape;
            static create(properties?: im.v1.EditsResultFrame.$Properties): im.v1.EditsResultFrame;

            /**
             * Encodes the specified EditsResultFrame message. Does not implicitly {@link im.v1.EditsResultFrame.verify|verify} messages.
             * @param message EditsResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.EditsResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EditsResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.EditsResultFrame & im.v1.EditsResultFrame.$Shape} EditsResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.EditsResultFrame & im.v1.EditsResultFrame.$Shape;

            /**
             * Creates an EditsResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EditsResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.EditsResultFrame;

            /**
             * Creates a plain object from an EditsResultFrame message. Also converts values to other types if specified.
             * @param message EditsResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.EditsResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EditsResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EditsResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EditsResultFrame {

            /** Properties of an EditsResultFrame. */
            interface $Properties {

                /** EditsResultFrame id */
                id?: (number|null);

                /** EditsResultFrame d */
                d?: (im.v1.EditsResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EditsResultFrame. */
            type $Shape = im.v1.EditsResultFrame.$Properties;
        }

        /**
         * Properties of a MentionsFrame.
         * @deprecated Use im.v1.MentionsFrame.$Properties instead.
         */
        interface IMentionsFrame extends im.v1.MentionsFrame.$Properties {
        }

        /** Represents a MentionsFrame. */
        class MentionsFrame {

            /**
             * Constructs a new MentionsFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.MentionsFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MentionsFrame id. */
            id: number;

            /** MentionsFrame d. */
            d?: (im.v1.MentionsRequest.$Properties|null);

            /**
             * Creates a new MentionsFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MentionsFrame instance
             */
            static create(properties: im.v1.MentionsFrame.$Shape): im.v1.MentionsFrame & im.v1.MentionsFrame.$Shape;
            static create(properties?: im.v1.MentionsFrame.$Properties): im.v1.MentionsFrame;

            /**
             * Encodes the specified MentionsFrame message. Does not implicitly {@link im.v1.MentionsFrame.verify|verify} messages.
             * @param message MentionsFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.MentionsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MentionsFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.MentionsFrame & im.v1.MentionsFrame.$Shape} MentionsFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.MentionsFrame & im.v1.MentionsFrame.$Shape;

            /**
             * Creates a MentionsFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MentionsFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.MentionsFrame;

            /**
             * Creates a plain object from a MentionsFrame message. Also converts values to other types if specified.
             * @param message MentionsFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.MentionsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MentionsFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MentionsFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MentionsFrame {

            /** Properties of a MentionsFrame. */
            interface $Properties {

                /** MentionsFrame id */
                id?: (number|null);

                /** MentionsFrame d */
                d?: (im.v1.MentionsRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MentionsFrame. */
            type $Shape = im.v1.MentionsFrame.$Properties;
        }

        /**
         * Properties of a MentionsResultFrame.
         * @deprecated Use im.v1.MentionsResultFrame.$Properties instead.
         */
        interface IMentionsResultFrame extends im.v1.MentionsResultFrame.$Properties {
        }

        /** Represents a MentionsResultFrame. */
        class MentionsResultFrame {

            /**
             * Constructs a new MentionsResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.MentionsResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MentionsResultFrame id. */
            id: number;

            /** MentionsResultFrame d. */
            d?: (im.v1.MentionsResult.$Properties|null);

            /**
             * Creates a new MentionsResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MentionsResultFrame instance
             */
            static create(properties: im.v1.MentionsResultFrame.$Shape): im.v1.MentionsResultFrame & im.v1.MentionsResultFrame.$Shape;
            static create(properties?: im.v1.MentionsResultFrame.$Properties): im.v1.MentionsResultFrame;

            /**
             * Encodes the specified MentionsResultFrame message. Does not implicitly {@link im.v1.MentionsResultFrame.verify|verify} messages.
             * @param message MentionsResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.MentionsResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MentionsResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.MentionsResultFrame & im.v1.MentionsResultFrame.$Shape} MentionsResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.MentionsResultFrame & im.v1.MentionsResultFrame.$Shape;

            /**
             * Creates a MentionsResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MentionsResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.MentionsResultFrame;

            /**
             * Creates a plain object from a MentionsResultFrame message. Also converts values to other types if specified.
             * @param message MentionsResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.MentionsResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MentionsResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MentionsResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MentionsResultFrame {

            /** Properties of a MentionsResultFrame. */
            interface $Properties {

                /** MentionsResultFrame id */
                id?: (number|null);

                /** MentionsResultFrame d */
                d?: (im.v1.MentionsResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MentionsResultFrame. */
            type $Shape = im.v1.MentionsResultFrame.$Properties;
        }

        /**
         * Properties of a ConversationUpdateFrame.
         * @deprecated Use im.v1.ConversationUpdateFrame.$Properties instead.
         */
        interface IConversationUpdateFrame extends im.v1.ConversationUpdateFrame.$Properties {
        }

        /** Represents a ConversationUpdateFrame. */
        class ConversationUpdateFrame {

            /**
             * Constructs a new ConversationUpdateFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.ConversationUpdateFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationUpdateFrame id. */
            id: number;

            /** ConversationUpdateFrame d. */
            d?: (im.v1.ConversationUpdate.$Properties|null);

            /**
             * Creates a new ConversationUpdateFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationUpdateFrame instance
             */
            static create(properties: im.v1.ConversationUpdateFrame.$Shape): im.v1.ConversationUpdateFrame & im.v1.ConversationUpdateFrame.$Shape;
            static create(properties?: im.v1.ConversationUpdateFrame.$Properties): im.v1.ConversationUpdateFrame;

            /**
             * Encodes the specified ConversationUpdateFrame message. Does not implicitly {@link im.v1.ConversationUpdateFrame.verify|verify} messages.
             * @param message ConversationUpdateFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.ConversationUpdateFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationUpdateFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.ConversationUpdateFrame & im.v1.ConversationUpdateFrame.$Shape} ConversationUpdateFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.ConversationUpdateFrame & im.v1.ConversationUpdateFrame.$Shape;

            /**
             * Creates a ConversationUpdateFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationUpdateFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.ConversationUpdateFrame;

            /**
             * Creates a plain object from a ConversationUpdateFrame message. Also converts values to other types if specified.
             * @param message ConversationUpdateFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.ConversationUpdateFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationUpdateFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationUpdateFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationUpdateFrame {

            /** Properties of a ConversationUpdateFrame. */
            interface $Properties {

                /** ConversationUpdateFrame id */
                id?: (number|null);

                /** ConversationUpdateFrame d */
                d?: (im.v1.ConversationUpdate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationUpdateFrame. */
            type $Shape = im.v1.ConversationUpdateFrame.$Properties;
        }

        /**
         * Properties of a BlockFrame.
         * @deprecated Use im.v1.BlockFrame.$Properties instead.
         */
        interface IBlockFrame extends im.v1.BlockFrame.$Properties {
        }

        /** Represents a BlockFrame. */
        class BlockFrame {

            /**
             * Constructs a new BlockFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.BlockFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockFrame id. */
            id: number;

            /** BlockFrame d. */
            d?: (im.v1.UserRef.$Properties|null);

            /**
             * Creates a new BlockFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockFrame instance
             */
            static create(properties: im.v1.BlockFrame.$Shape): im.v1.BlockFrame & im.v1.BlockFrame.$Shape;
            static create(properties?: im.v1.BlockFrame.$Properties): im.v1.BlockFrame;

            /**
             * Encodes the specified BlockFrame message. Does not implicitly {@link im.v1.BlockFrame.verify|verify} messages.
             * @param message BlockFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.BlockFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.BlockFrame & im.v1.BlockFrame.$Shape} BlockFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.BlockFrame & im.v1.BlockFrame.$Shape;

            /**
             * Creates a BlockFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlockFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.BlockFrame;

            /**
             * Creates a plain object from a BlockFrame message. Also converts values to other types if specified.
             * @param message BlockFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.BlockFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlockFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlockFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockFrame {

            /** Properties of a BlockFrame. */
            interface $Properties {

                /** BlockFrame id */
                id?: (number|null);

                /** BlockFrame d */
                d?: (im.v1.UserRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockFrame. */
            type $Shape = im.v1.BlockFrame.$Properties;
        }

        /**
         * Properties of an UnblockFrame.
         * @deprecated Use im.v1.UnblockFrame.$Properties instead.
         */
        interface IUnblockFrame extends im.v1.UnblockFrame.$Properties {
        }

        /** Represents an UnblockFrame. */
        class UnblockFrame {

            /**
             * Constructs a new UnblockFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.UnblockFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnblockFrame id. */
            id: number;

            /** UnblockFrame d. */
            d?: (im.v1.UserRef.$Properties|null);

            /**
             * Creates a new UnblockFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnblockFrame instance
             */
            static create(properties: im.v1.UnblockFrame.$Shape): im.v1.UnblockFrame & im.v1.UnblockFrame.$Shape;
            static create(properties?: im.v1.UnblockFrame.$Properties): im.v1.UnblockFrame;

            /**
             * Encodes the specified UnblockFrame message. Does not implicitly {@link im.v1.UnblockFrame.verify|verify} messages.
             * @param message UnblockFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.UnblockFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnblockFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.UnblockFrame & im.v1.UnblockFrame.$Shape} UnblockFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.UnblockFrame & im.v1.UnblockFrame.$Shape;

            /**
             * Creates an UnblockFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnblockFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.UnblockFrame;

            /**
             * Creates a plain object from an UnblockFrame message. Also converts values to other types if specified.
             * @param message UnblockFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.UnblockFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnblockFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UnblockFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnblockFrame {

            /** Properties of an UnblockFrame. */
            interface $Properties {

                /** UnblockFrame id */
                id?: (number|null);

                /** UnblockFrame d */
                d?: (im.v1.UserRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnblockFrame. */
            type $Shape = im.v1.UnblockFrame.$Properties;
        }

        /**
         * Properties of a BlocksFrame.
         * @deprecated Use im.v1.BlocksFrame.$Properties instead.
         */
        interface IBlocksFrame extends im.v1.BlocksFrame.$Properties {
        }

        /** Represents a BlocksFrame. */
        class BlocksFrame {

            /**
             * Constructs a new BlocksFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.BlocksFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlocksFrame id. */
            id: number;

            /** BlocksFrame d. */
            d?: (im.v1.Empty.$Properties|null);

            /**
             * Creates a new BlocksFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlocksFrame instance
             */
            static create(properties: im.v1.BlocksFrame.$Shape): im.v1.BlocksFrame & im.v1.BlocksFrame.$Shape;
            static create(properties?: im.v1.BlocksFrame.$Properties): im.v1.BlocksFrame;

            /**
             * Encodes the specified BlocksFrame message. Does not implicitly {@link im.v1.BlocksFrame.verify|verify} messages.
             * @param message BlocksFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.BlocksFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlocksFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.BlocksFrame & im.v1.BlocksFrame.$Shape} BlocksFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.BlocksFrame & im.v1.BlocksFrame.$Shape;

            /**
             * Creates a BlocksFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlocksFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.BlocksFrame;

            /**
             * Creates a plain object from a BlocksFrame message. Also converts values to other types if specified.
             * @param message BlocksFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.BlocksFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlocksFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlocksFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlocksFrame {

            /** Properties of a BlocksFrame. */
            interface $Properties {

                /** BlocksFrame id */
                id?: (number|null);

                /** BlocksFrame d */
                d?: (im.v1.Empty.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlocksFrame. */
            type $Shape = im.v1.BlocksFrame.$Properties;
        }

        /**
         * Properties of a BlocksResultFrame.
         * @deprecated Use im.v1.BlocksResultFrame.$Properties instead.
         */
        interface IBlocksResultFrame extends im.v1.BlocksResultFrame.$Properties {
        }

        /** Represents a BlocksResultFrame. */
        class BlocksResultFrame {

            /**
             * Constructs a new BlocksResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.BlocksResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlocksResultFrame id. */
            id: number;

            /** BlocksResultFrame d. */
            d?: (im.v1.BlocksResult.$Properties|null);

            /**
             * Creates a new BlocksResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlocksResultFrame instance
             */
            static create(properties: im.v1.BlocksResultFrame.$Shape): im.v1.BlocksResultFrame & im.v1.BlocksResultFrame.$Shape;
            static create(properties?: im.v1.BlocksResultFrame.$Properties): im.v1.BlocksResultFrame;

            /**
             * Encodes the specified BlocksResultFrame message. Does not implicitly {@link im.v1.BlocksResultFrame.verify|verify} messages.
             * @param message BlocksResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.BlocksResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlocksResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.BlocksResultFrame & im.v1.BlocksResultFrame.$Shape} BlocksResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.BlocksResultFrame & im.v1.BlocksResultFrame.$Shape;

            /**
             * Creates a BlocksResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlocksResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.BlocksResultFrame;

            /**
             * Creates a plain object from a BlocksResultFrame message. Also converts values to other types if specified.
             * @param message BlocksResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.BlocksResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlocksResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlocksResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlocksResultFrame {

            /** Properties of a BlocksResultFrame. */
            interface $Properties {

                /** BlocksResultFrame id */
                id?: (number|null);

                /** BlocksResultFrame d */
                d?: (im.v1.BlocksResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlocksResultFrame. */
            type $Shape = im.v1.BlocksResultFrame.$Properties;
        }

        /**
         * Properties of a GroupCreateFrame.
         * @deprecated Use im.v1.GroupCreateFrame.$Properties instead.
         */
        interface IGroupCreateFrame extends im.v1.GroupCreateFrame.$Properties {
        }

        /** Represents a GroupCreateFrame. */
        class GroupCreateFrame {

            /**
             * Constructs a new GroupCreateFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupCreateFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupCreateFrame id. */
            id: number;

            /** GroupCreateFrame d. */
            d?: (im.v1.GroupCreate.$Properties|null);

            /**
             * Creates a new GroupCreateFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupCreateFrame instance
             */
            static create(properties: im.v1.GroupCreateFrame.$Shape): im.v1.GroupCreateFrame & im.v1.GroupCreateFrame.$Shape;
            static create(properties?: im.v1.GroupCreateFrame.$Properties): im.v1.GroupCreateFrame;

            /**
             * Encodes the specified GroupCreateFrame message. Does not implicitly {@link im.v1.GroupCreateFrame.verify|verify} messages.
             * @param message GroupCreateFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupCreateFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupCreateFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupCreateFrame & im.v1.GroupCreateFrame.$Shape} GroupCreateFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupCreateFrame & im.v1.GroupCreateFrame.$Shape;

            /**
             * Creates a GroupCreateFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupCreateFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupCreateFrame;

            /**
             * Creates a plain object from a GroupCreateFrame message. Also converts values to other types if specified.
             * @param message GroupCreateFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupCreateFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupCreateFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupCreateFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupCreateFrame {

            /** Properties of a GroupCreateFrame. */
            interface $Properties {

                /** GroupCreateFrame id */
                id?: (number|null);

                /** GroupCreateFrame d */
                d?: (im.v1.GroupCreate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupCreateFrame. */
            type $Shape = im.v1.GroupCreateFrame.$Properties;
        }

        /**
         * Properties of a GroupFrame.
         * @deprecated Use im.v1.GroupFrame.$Properties instead.
         */
        interface IGroupFrame extends im.v1.GroupFrame.$Properties {
        }

        /** Represents a GroupFrame. */
        class GroupFrame {

            /**
             * Constructs a new GroupFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupFrame id. */
            id: number;

            /** GroupFrame d. */
            d?: (im.v1.GroupInfo.$Properties|null);

            /**
             * Creates a new GroupFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupFrame instance
             */
            static create(properties: im.v1.GroupFrame.$Shape): im.v1.GroupFrame & im.v1.GroupFrame.$Shape;
            static create(properties?: im.v1.GroupFrame.$Properties): im.v1.GroupFrame;

            /**
             * Encodes the specified GroupFrame message. Does not implicitly {@link im.v1.GroupFrame.verify|verify} messages.
             * @param message GroupFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupFrame & im.v1.GroupFrame.$Shape} GroupFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupFrame & im.v1.GroupFrame.$Shape;

            /**
             * Creates a GroupFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupFrame;

            /**
             * Creates a plain object from a GroupFrame message. Also converts values to other types if specified.
             * @param message GroupFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupFrame {

            /** Properties of a GroupFrame. */
            interface $Properties {

                /** GroupFrame id */
                id?: (number|null);

                /** GroupFrame d */
                d?: (im.v1.GroupInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupFrame. */
            type $Shape = im.v1.GroupFrame.$Properties;
        }

        /**
         * Properties of a GroupGetFrame.
         * @deprecated Use im.v1.GroupGetFrame.$Properties instead.
         */
        interface IGroupGetFrame extends im.v1.GroupGetFrame.$Properties {
        }

        /** Represents a GroupGetFrame. */
        class GroupGetFrame {

            /**
             * Constructs a new GroupGetFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupGetFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupGetFrame id. */
            id: number;

            /** GroupGetFrame d. */
            d?: (im.v1.GroupRef.$Properties|null);

            /**
             * Creates a new GroupGetFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupGetFrame instance
             */
            static create(properties: im.v1.GroupGetFrame.$Shape): im.v1.GroupGetFrame & im.v1.GroupGetFrame.$Shape;
            static create(properties?: im.v1.GroupGetFrame.$Properties): im.v1.GroupGetFrame;

            /**
             * Encodes the specified GroupGetFrame message. Does not implicitly {@link im.v1.GroupGetFrame.verify|verify} messages.
             * @param message GroupGetFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupGetFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupGetFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupGetFrame & im.v1.GroupGetFrame.$Shape} GroupGetFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupGetFrame & im.v1.GroupGetFrame.$Shape;

            /**
             * Creates a GroupGetFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupGetFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupGetFrame;

            /**
             * Creates a plain object from a GroupGetFrame message. Also converts values to other types if specified.
             * @param message GroupGetFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupGetFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupGetFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupGetFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupGetFrame {

            /** Properties of a GroupGetFrame. */
            interface $Properties {

                /** GroupGetFrame id */
                id?: (number|null);

                /** GroupGetFrame d */
                d?: (im.v1.GroupRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupGetFrame. */
            type $Shape = im.v1.GroupGetFrame.$Properties;
        }

        /**
         * Properties of a GroupUpdateFrame.
         * @deprecated Use im.v1.GroupUpdateFrame.$Properties instead.
         */
        interface IGroupUpdateFrame extends im.v1.GroupUpdateFrame.$Properties {
        }

        /** Represents a GroupUpdateFrame. */
        class GroupUpdateFrame {

            /**
             * Constructs a new GroupUpdateFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupUpdateFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupUpdateFrame id. */
            id: number;

            /** GroupUpdateFrame d. */
            d?: (im.v1.GroupUpdate.$Properties|null);

            /**
             * Creates a new GroupUpdateFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupUpdateFrame instance
             */
            static create(properties: im.v1.GroupUpdateFrame.$Shape): im.v1.GroupUpdateFrame & im.v1.GroupUpdateFrame.$Shape;
            static create(properties?: im.v1.GroupUpdateFrame.$Properties): im.v1.GroupUpdateFrame;

            /**
             * Encodes the specified GroupUpdateFrame message. Does not implicitly {@link im.v1.GroupUpdateFrame.verify|verify} messages.
             * @param message GroupUpdateFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupUpdateFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupUpdateFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupUpdateFrame & im.v1.GroupUpdateFrame.$Shape} GroupUpdateFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupUpdateFrame & im.v1.GroupUpdateFrame.$Shape;

            /**
             * Creates a GroupUpdateFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupUpdateFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupUpdateFrame;

            /**
             * Creates a plain object from a GroupUpdateFrame message. Also converts values to other types if specified.
             * @param message GroupUpdateFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupUpdateFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupUpdateFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupUpdateFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupUpdateFrame {

            /** Properties of a GroupUpdateFrame. */
            interface $Properties {

                /** GroupUpdateFrame id */
                id?: (number|null);

                /** GroupUpdateFrame d */
                d?: (im.v1.GroupUpdate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupUpdateFrame. */
            type $Shape = im.v1.GroupUpdateFrame.$Properties;
        }

        /**
         * Properties of a GroupAddFrame.
         * @deprecated Use im.v1.GroupAddFrame.$Properties instead.
         */
        interface IGroupAddFrame extends im.v1.GroupAddFrame.$Properties {
        }

        /** Represents a GroupAddFrame. */
        class GroupAddFrame {

            /**
             * Constructs a new GroupAddFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupAddFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupAddFrame id. */
            id: number;

            /** GroupAddFrame d. */
            d?: (im.v1.GroupAdd.$Properties|null);

            /**
             * Creates a new GroupAddFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupAddFrame instance
             */
            static create(properties: im.v1.GroupAddFrame.$Shape): im.v1.GroupAddFrame & im.v1.GroupAddFrame.$Shape;
            static create(properties?: im.v1.GroupAddFrame.$Properties): im.v1.GroupAddFrame;

            /**
             * Encodes the specified GroupAddFrame message. Does not implicitly {@link im.v1.GroupAddFrame.verify|verify} messages.
             * @param message GroupAddFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupAddFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupAddFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupAddFrame & im.v1.GroupAddFrame.$Shape} GroupAddFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupAddFrame & im.v1.GroupAddFrame.$Shape;

            /**
             * Creates a GroupAddFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupAddFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupAddFrame;

            /**
             * Creates a plain object from a GroupAddFrame message. Also converts values to other types if specified.
             * @param message GroupAddFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupAddFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupAddFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupAddFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupAddFrame {

            /** Properties of a GroupAddFrame. */
            interface $Properties {

                /** GroupAddFrame id */
                id?: (number|null);

                /** GroupAddFrame d */
                d?: (im.v1.GroupAdd.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupAddFrame. */
            type $Shape = im.v1.GroupAddFrame.$Properties;
        }

        /**
         * Properties of a GroupRemoveFrame.
         * @deprecated Use im.v1.GroupRemoveFrame.$Properties instead.
         */
        interface IGroupRemoveFrame extends im.v1.GroupRemoveFrame.$Properties {
        }

        /** Represents a GroupRemoveFrame. */
        class GroupRemoveFrame {

            /**
             * Constructs a new GroupRemoveFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupRemoveFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupRemoveFrame id. */
            id: number;

            /** GroupRemoveFrame d. */
            d?: (im.v1.GroupMemberRef.$Properties|null);

            /**
             * Creates a new GroupRemoveFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupRemoveFrame instance
             */
            static create(properties: im.v1.GroupRemoveFrame.$Shape): im.v1.GroupRemoveFrame & im.v1.GroupRemoveFrame.$Shape;
            static create(properties?: im.v1.GroupRemoveFrame.$Properties): im.v1.GroupRemoveFrame;

            /**
             * Encodes the specified GroupRemoveFrame message. Does not implicitly {@link im.v1.GroupRemoveFrame.verify|verify} messages.
             * @param message GroupRemoveFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupRemoveFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupRemoveFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupRemoveFrame & im.v1.GroupRemoveFrame.$Shape} GroupRemoveFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupRemoveFrame & im.v1.GroupRemoveFrame.$Shape;

            /**
             * Creates a GroupRemoveFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupRemoveFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupRemoveFrame;

            /**
             * Creates a plain object from a GroupRemoveFrame message. Also converts values to other types if specified.
             * @param message GroupRemoveFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupRemoveFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupRemoveFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupRemoveFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupRemoveFrame {

            /** Properties of a GroupRemoveFrame. */
            interface $Properties {

                /** GroupRemoveFrame id */
                id?: (number|null);

                /** GroupRemoveFrame d */
                d?: (im.v1.GroupMemberRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupRemoveFrame. */
            type $Shape = im.v1.GroupRemoveFrame.$Properties;
        }

        /**
         * Properties of a GroupMemberUpdateFrame.
         * @deprecated Use im.v1.GroupMemberUpdateFrame.$Properties instead.
         */
        interface IGroupMemberUpdateFrame extends im.v1.GroupMemberUpdateFrame.$Properties {
        }

        /** Represents a GroupMemberUpdateFrame. */
        class GroupMemberUpdateFrame {

            /**
             * Constructs a new GroupMemberUpdateFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMemberUpdateFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMemberUpdateFrame id. */
            id: number;

            /** GroupMemberUpdateFrame d. */
            d?: (im.v1.GroupMemberUpdate.$Properties|null);

            /**
             * Creates a new GroupMemberUpdateFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMemberUpdateFrame instance
             */
            static create(properties: im.v1.GroupMemberUpdateFrame.$Shape): im.v1.GroupMemberUpdateFrame & im.v1.GroupMemberUpdateFrame.$Shape;
            static create(properties?: im.v1.GroupMemberUpdateFrame.$Properties): im.v1.GroupMemberUpdateFrame;

            /**
             * Encodes the specified GroupMemberUpdateFrame message. Does not implicitly {@link im.v1.GroupMemberUpdateFrame.verify|verify} messages.
             * @param message GroupMemberUpdateFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMemberUpdateFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMemberUpdateFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMemberUpdateFrame & im.v1.GroupMemberUpdateFrame.$Shape} GroupMemberUpdateFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMemberUpdateFrame & im.v1.GroupMemberUpdateFrame.$Shape;

            /**
             * Creates a GroupMemberUpdateFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMemberUpdateFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMemberUpdateFrame;

            /**
             * Creates a plain object from a GroupMemberUpdateFrame message. Also converts values to other types if specified.
             * @param message GroupMemberUpdateFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMemberUpdateFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMemberUpdateFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMemberUpdateFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMemberUpdateFrame {

            /** Properties of a GroupMemberUpdateFrame. */
            interface $Properties {

                /** GroupMemberUpdateFrame id */
                id?: (number|null);

                /** GroupMemberUpdateFrame d */
                d?: (im.v1.GroupMemberUpdate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMemberUpdateFrame. */
            type $Shape = im.v1.GroupMemberUpdateFrame.$Properties;
        }

        /**
         * Properties of a GroupMemberFrame.
         * @deprecated Use im.v1.GroupMemberFrame.$Properties instead.
         */
        interface IGroupMemberFrame extends im.v1.GroupMemberFrame.$Properties {
        }

        /** Represents a GroupMemberFrame. */
        class GroupMemberFrame {

            /**
             * Constructs a new GroupMemberFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMemberFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMemberFrame id. */
            id: number;

            /** GroupMemberFrame d. */
            d?: (im.v1.GroupMember.$Properties|null);

            /**
             * Creates a new GroupMemberFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMemberFrame instance
             */
            static create(properties: im.v1.GroupMemberFrame.$Shape): im.v1.GroupMemberFrame & im.v1.GroupMemberFrame.$Shape;
            static create(properties?: im.v1.GroupMemberFrame.$Properties): im.v1.GroupMemberFrame;

            /**
             * Encodes the specified GroupMemberFrame message. Does not implicitly {@link im.v1.GroupMemberFrame.verify|verify} messages.
             * @param message GroupMemberFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMemberFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMemberFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMemberFrame & im.v1.GroupMemberFrame.$Shape} GroupMemberFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMemberFrame & im.v1.GroupMemberFrame.$Shape;

            /**
             * Creates a GroupMemberFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMemberFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMemberFrame;

            /**
             * Creates a plain object from a GroupMemberFrame message. Also converts values to other types if specified.
             * @param message GroupMemberFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMemberFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMemberFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMemberFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMemberFrame {

            /** Properties of a GroupMemberFrame. */
            interface $Properties {

                /** GroupMemberFrame id */
                id?: (number|null);

                /** GroupMemberFrame d */
                d?: (im.v1.GroupMember.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMemberFrame. */
            type $Shape = im.v1.GroupMemberFrame.$Properties;
        }

        /**
         * Properties of a GroupTransferFrame.
         * @deprecated Use im.v1.GroupTransferFrame.$Properties instead.
         */
        interface IGroupTransferFrame extends im.v1.GroupTransferFrame.$Properties {
        }

        /** Represents a GroupTransferFrame. */
        class GroupTransferFrame {

            /**
             * Constructs a new GroupTransferFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupTransferFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupTransferFrame id. */
            id: number;

            /** GroupTransferFrame d. */
            d?: (im.v1.GroupMemberRef.$Properties|null);

            /**
             * Creates a new GroupTransferFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupTransferFrame instance
             */
            static create(properties: im.v1.GroupTransferFrame.$Shape): im.v1.GroupTransferFrame & im.v1.GroupTransferFrame.$Shape;
            static create(properties?: im.v1.GroupTransferFrame.$Properties): im.v1.GroupTransferFrame;

            /**
             * Encodes the specified GroupTransferFrame message. Does not implicitly {@link im.v1.GroupTransferFrame.verify|verify} messages.
             * @param message GroupTransferFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupTransferFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupTransferFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupTransferFrame & im.v1.GroupTransferFrame.$Shape} GroupTransferFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupTransferFrame & im.v1.GroupTransferFrame.$Shape;

            /**
             * Creates a GroupTransferFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupTransferFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupTransferFrame;

            /**
             * Creates a plain object from a GroupTransferFrame message. Also converts values to other types if specified.
             * @param message GroupTransferFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupTransferFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupTransferFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupTransferFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupTransferFrame {

            /** Properties of a GroupTransferFrame. */
            interface $Properties {

                /** GroupTransferFrame id */
                id?: (number|null);

                /** GroupTransferFrame d */
                d?: (im.v1.GroupMemberRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupTransferFrame. */
            type $Shape = im.v1.GroupTransferFrame.$Properties;
        }

        /**
         * Properties of a GroupJoinFrame.
         * @deprecated Use im.v1.GroupJoinFrame.$Properties instead.
         */
        interface IGroupJoinFrame extends im.v1.GroupJoinFrame.$Properties {
        }

        /** Represents a GroupJoinFrame. */
        class GroupJoinFrame {

            /**
             * Constructs a new GroupJoinFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupJoinFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupJoinFrame id. */
            id: number;

            /** GroupJoinFrame d. */
            d?: (im.v1.GroupRef.$Properties|null);

            /**
             * Creates a new GroupJoinFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupJoinFrame instance
             */
            static create(properties: im.v1.GroupJoinFrame.$Shape): im.v1.GroupJoinFrame & im.v1.GroupJoinFrame.$Shape;
            static create(properties?: im.v1.GroupJoinFrame.$Properties): im.v1.GroupJoinFrame;

            /**
             * Encodes the specified GroupJoinFrame message. Does not implicitly {@link im.v1.GroupJoinFrame.verify|verify} messages.
             * @param message GroupJoinFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupJoinFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupJoinFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupJoinFrame & im.v1.GroupJoinFrame.$Shape} GroupJoinFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupJoinFrame & im.v1.GroupJoinFrame.$Shape;

            /**
             * Creates a GroupJoinFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupJoinFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupJoinFrame;

            /**
             * Creates a plain object from a GroupJoinFrame message. Also converts values to other types if specified.
             * @param message GroupJoinFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupJoinFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupJoinFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupJoinFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupJoinFrame {

            /** Properties of a GroupJoinFrame. */
            interface $Properties {

                /** GroupJoinFrame id */
                id?: (number|null);

                /** GroupJoinFrame d */
                d?: (im.v1.GroupRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupJoinFrame. */
            type $Shape = im.v1.GroupJoinFrame.$Properties;
        }

        /**
         * Properties of a GroupDissolveFrame.
         * @deprecated Use im.v1.GroupDissolveFrame.$Properties instead.
         */
        interface IGroupDissolveFrame extends im.v1.GroupDissolveFrame.$Properties {
        }

        /** Represents a GroupDissolveFrame. */
        class GroupDissolveFrame {

            /**
             * Constructs a new GroupDissolveFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupDissolveFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupDissolveFrame id. */
            id: number;

            /** GroupDissolveFrame d. */
            d?: (im.v1.GroupRef.$Properties|null);

            /**
             * Creates a new GroupDissolveFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupDissolveFrame instance
             */
            static create(properties: im.v1.GroupDissolveFrame.$Shape): im.v1.GroupDissolveFrame & im.v1.GroupDissolveFrame.$Shape;
            static create(properties?: im.v1.GroupDissolveFrame.$Properties): im.v1.GroupDissolveFrame;

            /**
             * Encodes the specified GroupDissolveFrame message. Does not implicitly {@link im.v1.GroupDissolveFrame.verify|verify} messages.
             * @param message GroupDissolveFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupDissolveFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupDissolveFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupDissolveFrame & im.v1.GroupDissolveFrame.$Shape} GroupDissolveFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupDissolveFrame & im.v1.GroupDissolveFrame.$Shape;

            /**
             * Creates a GroupDissolveFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupDissolveFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupDissolveFrame;

            /**
             * Creates a plain object from a GroupDissolveFrame message. Also converts values to other types if specified.
             * @param message GroupDissolveFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupDissolveFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupDissolveFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupDissolveFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupDissolveFrame {

            /** Properties of a GroupDissolveFrame. */
            interface $Properties {

                /** GroupDissolveFrame id */
                id?: (number|null);

                /** GroupDissolveFrame d */
                d?: (im.v1.GroupRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupDissolveFrame. */
            type $Shape = im.v1.GroupDissolveFrame.$Properties;
        }

        /**
         * Properties of a GroupMembersFrame.
         * @deprecated Use im.v1.GroupMembersFrame.$Properties instead.
         */
        interface IGroupMembersFrame extends im.v1.GroupMembersFrame.$Properties {
        }

        /** Represents a GroupMembersFrame. */
        class GroupMembersFrame {

            /**
             * Constructs a new GroupMembersFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMembersFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMembersFrame id. */
            id: number;

            /** GroupMembersFrame d. */
            d?: (im.v1.GroupMembersRequest.$Properties|null);

            /**
             * Creates a new GroupMembersFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMembersFrame instance
             */
            static create(properties: im.v1.GroupMembersFrame.$Shape): im.v1.GroupMembersFrame & im.v1.GroupMembersFrame.$Shape;
            static create(properties?: im.v1.GroupMembersFrame.$Properties): im.v1.GroupMembersFrame;

            /**
             * Encodes the specified GroupMembersFrame message. Does not implicitly {@link im.v1.GroupMembersFrame.verify|verify} messages.
             * @param message GroupMembersFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMembersFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMembersFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMembersFrame & im.v1.GroupMembersFrame.$Shape} GroupMembersFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMembersFrame & im.v1.GroupMembersFrame.$Shape;

            /**
             * Creates a GroupMembersFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMembersFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMembersFrame;

            /**
             * Creates a plain object from a GroupMembersFrame message. Also converts values to other types if specified.
             * @param message GroupMembersFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMembersFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMembersFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMembersFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMembersFrame {

            /** Properties of a GroupMembersFrame. */
            interface $Properties {

                /** GroupMembersFrame id */
                id?: (number|null);

                /** GroupMembersFrame d */
                d?: (im.v1.GroupMembersRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMembersFrame. */
            type $Shape = im.v1.GroupMembersFrame.$Properties;
        }

        /**
         * Properties of a GroupMembersResultFrame.
         * @deprecated Use im.v1.GroupMembersResultFrame.$Properties instead.
         */
        interface IGroupMembersResultFrame extends im.v1.GroupMembersResultFrame.$Properties {
        }

        /** Represents a GroupMembersResultFrame. */
        class GroupMembersResultFrame {

            /**
             * Constructs a new GroupMembersResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupMembersResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMembersResultFrame id. */
            id: number;

            /** GroupMembersResultFrame d. */
            d?: (im.v1.GroupMembersResult.$Properties|null);

            /**
             * Creates a new GroupMembersResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMembersResultFrame instance
             */
            static create(properties: im.v1.GroupMembersResultFrame.$Shape): im.v1.GroupMembersResultFrame & im.v1.GroupMembersResultFrame.$Shape;
            static create(properties?: im.v1.GroupMembersResultFrame.$Properties): im.v1.GroupMembersResultFrame;

            /**
             * Encodes the specified GroupMembersResultFrame message. Does not implicitly {@link im.v1.GroupMembersResultFrame.verify|verify} messages.
             * @param message GroupMembersResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupMembersResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMembersResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupMembersResultFrame & im.v1.GroupMembersResultFrame.$Shape} GroupMembersResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupMembersResultFrame & im.v1.GroupMembersResultFrame.$Shape;

            /**
             * Creates a GroupMembersResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupMembersResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupMembersResultFrame;

            /**
             * Creates a plain object from a GroupMembersResultFrame message. Also converts values to other types if specified.
             * @param message GroupMembersResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupMembersResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupMembersResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupMembersResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMembersResultFrame {

            /** Properties of a GroupMembersResultFrame. */
            interface $Properties {

                /** GroupMembersResultFrame id */
                id?: (number|null);

                /** GroupMembersResultFrame d */
                d?: (im.v1.GroupMembersResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMembersResultFrame. */
            type $Shape = im.v1.GroupMembersResultFrame.$Properties;
        }

        /**
         * Properties of a GroupsFrame.
         * @deprecated Use im.v1.GroupsFrame.$Properties instead.
         */
        interface IGroupsFrame extends im.v1.GroupsFrame.$Properties {
        }

        /** Represents a GroupsFrame. */
        class GroupsFrame {

            /**
             * Constructs a new GroupsFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupsFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupsFrame id. */
            id: number;

            /** GroupsFrame d. */
            d?: (im.v1.GroupsRequest.$Properties|null);

            /**
             * Creates a new GroupsFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupsFrame instance
             */
            static create(properties: im.v1.GroupsFrame.$Shape): im.v1.GroupsFrame & im.v1.GroupsFrame.$Shape;
            static create(properties?: im.v1.GroupsFrame.$Properties): im.v1.GroupsFrame;

            /**
             * Encodes the specified GroupsFrame message. Does not implicitly {@link im.v1.GroupsFrame.verify|verify} messages.
             * @param message GroupsFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupsFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupsFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupsFrame & im.v1.GroupsFrame.$Shape} GroupsFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupsFrame & im.v1.GroupsFrame.$Shape;

            /**
             * Creates a GroupsFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupsFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupsFrame;

            /**
             * Creates a plain object from a GroupsFrame message. Also converts values to other types if specified.
             * @param message GroupsFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupsFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupsFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupsFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupsFrame {

            /** Properties of a GroupsFrame. */
            interface $Properties {

                /** GroupsFrame id */
                id?: (number|null);

                /** GroupsFrame d */
                d?: (im.v1.GroupsRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupsFrame. */
            type $Shape = im.v1.GroupsFrame.$Properties;
        }

        /**
         * Properties of a GroupsResultFrame.
         * @deprecated Use im.v1.GroupsResultFrame.$Properties instead.
         */
        interface IGroupsResultFrame extends im.v1.GroupsResultFrame.$Properties {
        }

        /** Represents a GroupsResultFrame. */
        class GroupsResultFrame {

            /**
             * Constructs a new GroupsResultFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: im.v1.GroupsResultFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupsResultFrame id. */
            id: number;

            /** GroupsResultFrame d. */
            d?: (im.v1.GroupsResult.$Properties|null);

            /**
             * Creates a new GroupsResultFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupsResultFrame instance
             */
            static create(properties: im.v1.GroupsResultFrame.$Shape): im.v1.GroupsResultFrame & im.v1.GroupsResultFrame.$Shape;
            static create(properties?: im.v1.GroupsResultFrame.$Properties): im.v1.GroupsResultFrame;

            /**
             * Encodes the specified GroupsResultFrame message. Does not implicitly {@link im.v1.GroupsResultFrame.verify|verify} messages.
             * @param message GroupsResultFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: im.v1.GroupsResultFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupsResultFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {im.v1.GroupsResultFrame & im.v1.GroupsResultFrame.$Shape} GroupsResultFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): im.v1.GroupsResultFrame & im.v1.GroupsResultFrame.$Shape;

            /**
             * Creates a GroupsResultFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupsResultFrame
             */
            static fromObject(object: { [k: string]: any }): im.v1.GroupsResultFrame;

            /**
             * Creates a plain object from a GroupsResultFrame message. Also converts values to other types if specified.
             * @param message GroupsResultFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: im.v1.GroupsResultFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupsResultFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupsResultFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupsResultFrame {

            /** Properties of a GroupsResultFrame. */
            interface $Properties {

                /** GroupsResultFrame id */
                id?: (number|null);

                /** GroupsResultFrame d */
                d?: (im.v1.GroupsResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupsResultFrame. */
            type $Shape = im.v1.GroupsResultFrame.$Properties;
        }
    }
}
