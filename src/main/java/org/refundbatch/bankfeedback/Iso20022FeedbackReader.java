package org.refundbatch.bankfeedback;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.refundbatch.files.LimitedInput;

/**
 * Reads ISO 20022 pain.002.001.03, pain.002.001.10 and camt.054.001.08 files with StAX, streaming: no document
 * type declaration (so no external or expanding entity) is accepted, and a file, an element's text and the
 * nesting have limits, so no file, however large or hostile, can exhaust the heap. The message is known by its
 * namespace. Thread-safe: each read has its own parser; the reason codes are read once and never change.
 */
public class Iso20022FeedbackReader implements BankFeedbackReader {

    /** The largest file read: a camt.054 of 20,000 transfers is about 30 MB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** The longest text of one element: the longest ISO 20022 text type is 2,048 characters. */
    static final int MAX_TEXT = 10_000;
    /** The deepest nesting: the messages read nest about 12 deep. */
    static final int MAX_DEPTH = 64;

    private final ReasonCodes codes = ReasonCodes.load();
    private final long maxBytes;

    public Iso20022FeedbackReader() {
        this(DEFAULT_MAX_BYTES);
    }

    Iso20022FeedbackReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public BankFeedback read(Path file) throws UnreadableBankFileException {
        String name = file.getFileName().toString();
        checkSize(file, name);
        MessageDigest sha256 = sha256();
        LimitedInput limited;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            limited = LimitedInput.countingLines(in, maxBytes);
            InputStream digested = new BufferedInputStream(new DigestInputStream(limited, sha256));
            MessageContent content = parse(digested, name, limited);
            digested.transferTo(OutputStream.nullOutputStream());
            return content.feedback(HexFormat.of().formatHex(sha256.digest()));
        } catch (LimitedInput.LimitReached e) {
            throw new UnreadableBankFileException(String.format(Locale.ROOT, "bank file %s grew past the %,d bytes"
                    + " a bank answer may have while it was read: it is not read; check that it is the bank's"
                    + " pain.002 or camt.054 file, and drop it in the bank inbox only once it is whole", name,
                    maxBytes), e);
        } catch (IOException e) {
            throw new UnreadableBankFileException("bank file " + name + " cannot be read (" + e.getMessage()
                    + "): check that it is a file the job may read", e);
        }
    }

    private void checkSize(Path file, String name) throws UnreadableBankFileException {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new UnreadableBankFileException("bank file " + name + " is not a regular file (a folder or a"
                        + " link): put the bank's file itself in the bank inbox");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableBankFileException("bank file " + name + " is empty: ask the bank to send it"
                        + " again");
            }
            if (size > maxBytes) {
                throw new UnreadableBankFileException(String.format(Locale.ROOT, "bank file %s is %,d bytes, more"
                        + " than the %,d bytes a bank answer may have: it is not read; check that it is the bank's"
                        + " pain.002 or camt.054 file", name, size, maxBytes));
            }
        } catch (IOException e) {
            throw new UnreadableBankFileException("bank file " + name + " cannot be read (" + e.getMessage()
                    + "): check that it is a file the job may read", e);
        }
    }

    private MessageContent parse(InputStream in, String name, LimitedInput limited)
            throws UnreadableBankFileException, IOException {
        XMLStreamReader xml = null;
        boolean rootSeen = false;
        try {
            // the parser closes what it reads at the end of the document; the rest is still to be digested
            xml = factory().createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller closes the file
                }
            });
            MessageContent content = null;
            FeedbackFormat format = null;
            Deque<String> paths = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                         XMLStreamConstants.ENTITY_DECLARATION -> throw new UnreadableBankFileException("bank file "
                            + name + " has a document type declaration (DOCTYPE) or entity, which no bank message"
                            + " has and which could make the program read other files: it is not read; ask the bank"
                            + " for its pain.002 or camt.054 file");
                    case XMLStreamConstants.START_ELEMENT -> {
                        rootSeen = true;
                        if (paths.size() >= MAX_DEPTH) {
                            throw damaged(name, "its elements nest more than " + MAX_DEPTH + " deep", xml.getLocation());
                        }
                        String local = xml.getLocalName();
                        if (paths.isEmpty()) {
                            format = format(name, xml);
                            content = format.content(new MessageFields(name, format.id()), codes);
                            paths.push("");
                        } else {
                            String path = paths.peek().isEmpty() ? local : paths.peek() + "/" + local;
                            if (paths.size() == 1 && !local.equals(format.messageElement())) {
                                throw new MessageFields(name, format.id()).problem("its message is " + local
                                        + ", not " + format.messageElement());
                            }
                            paths.push(path);
                            content.start(path);
                        }
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + xml.getTextLength() > MAX_TEXT) {
                            throw damaged(name, "an element holds more than " + MAX_TEXT + " characters of text",
                                    xml.getLocation());
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String path = paths.pop();
                        if (!path.isEmpty()) {
                            content.end(path, text.toString().strip());
                        }
                        text.setLength(0);
                    }
                    default -> {
                        // comments, processing instructions, the end of the document
                    }
                }
            }
            if (content == null) {
                throw new UnreadableBankFileException("bank file " + name + " holds no XML element: it is not a"
                        + " bank answer; ask the bank for its pain.002 or camt.054 file");
            }
            return content;
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof LimitedInput.LimitReached limit) {
                throw limit;
            }
            Location at = e.getLocation();
            boolean cutOff = limited.atEnd() && (at == null || at.getLineNumber() >= limited.lines());
            throw notXml(name, rootSeen, cutOff, e);
        } finally {
            close(xml);
        }
    }

    private static FeedbackFormat format(String name, XMLStreamReader xml) throws UnreadableBankFileException {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        var format = FeedbackFormat.ofNamespace(namespace);
        if (format.isPresent() && xml.getLocalName().equals("Document")) {
            return format.get();
        }
        String what = namespace.startsWith(FeedbackFormat.ISO_NAMESPACE)
                ? "is an ISO 20022 " + namespace.substring(FeedbackFormat.ISO_NAMESPACE.length()) + " message"
                : namespace.isEmpty() ? "is XML (" + xml.getLocalName() + ") without an ISO 20022 namespace"
                : "is XML of another kind (" + namespace + ")";
        throw new UnreadableBankFileException("bank file " + name + " " + what + ", not a bank answer this program"
                + " reads (pain.002.001.03, pain.002.001.10 or camt.054.001.08): put only the bank's payment status"
                + " reports and debit notifications in the bank inbox");
    }

    private static UnreadableBankFileException notXml(String name, boolean rootSeen, boolean cutOff,
                                                      XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        if (!rootSeen) {
            return new UnreadableBankFileException("bank file " + name + " is not XML (" + firstLine(e) + where
                    + "): it is not a bank answer; ask the bank for its pain.002 or camt.054 file", e);
        }
        if (cutOff) {
            return new UnreadableBankFileException("bank file " + name + " ends before its message is complete"
                    + where + ": it was cut off or damaged while copying; ask the bank to send it again", e);
        }
        return new UnreadableBankFileException("bank file " + name + " is damaged" + where + " ("
                + firstLine(e) + "): ask the bank to send it again", e);
    }

    private static UnreadableBankFileException damaged(String name, String what, Location at) {
        return new UnreadableBankFileException("bank file " + name + " is not a bank message: " + what + " (line "
                + at.getLineNumber() + "): it is not read; ask the bank for its pain.002 or camt.054 file");
    }

    /** The parser's own words, without the location it prefixes them with. */
    private static String firstLine(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("Message: ");
        return (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).lines().findFirst().orElse("")
                .strip();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the file itself is closed by its stream
            }
        }
    }
}
