package io.newsstream.producer.decode;

import java.nio.charset.Charset;

/**
 * The encoding of an input and the length of the byte-order mark to skip before decoding with it.
 *
 * @param bomLength bytes of byte-order mark at the start, 0 if none
 */
public record Encoding(Charset charset, int bomLength) {}
