<?php

declare(strict_types=1);

namespace Portfolio\Lti;

/**
 * The tool's own RSA keys, which sign deep-linking answers and service-token requests. They live in the data folder
 * (keys/<kid>.pem, readable by the pool's user only), never in the web root or the code. The newest key signs; every
 * key in the folder is published at ?lti=jwks, so rotating is: add a key (`php lti-keys.php rotate`), wait until
 * the platforms have re-read the key set (a day), then remove the old file (`php lti-keys.php retire`).
 */
final class ToolKeys
{
    public function __construct(private readonly string $folder)
    {
    }

    /** @return array{0: \OpenSSLAsymmetricKey, 1: string} the signing key and its kid (made on first use) */
    public function current(): array
    {
        $kids = $this->kids();
        $kid = $kids === [] ? $this->rotate() : end($kids);
        $key = openssl_pkey_get_private((string) file_get_contents("$this->folder/$kid.pem"));
        return [$key ?: throw new \RuntimeException("the tool key $kid cannot be read"), $kid];
    }

    /** The public key set (RFC 7517) the platforms fetch. */
    public function jwks(): array
    {
        if ($this->kids() === []) {
            $this->rotate();
        }
        $keys = [];
        foreach ($this->kids() as $kid) {
            $private = openssl_pkey_get_private((string) file_get_contents("$this->folder/$kid.pem"));
            if ($private !== false) {
                $keys[] = Jwt::publicJwk($private, $kid);
            }
        }
        return ['keys' => $keys];
    }

    /** A new signing key; returns its kid (a time and random part: sorted by name, the newest is last). */
    public function rotate(): string
    {
        if (!is_dir($this->folder) && !mkdir($this->folder, 0700, true) && !is_dir($this->folder)) {
            throw new \RuntimeException("cannot create $this->folder");
        }
        $key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_RSA, 'private_key_bits' => 2048]);
        // Microseconds in the time: two rotations in one second still sort in the order they were made.
        $kid = (new \DateTimeImmutable('now', new \DateTimeZone('UTC')))->format('Ymd\THisu') . '-' . bin2hex(random_bytes(4));
        openssl_pkey_export($key, $pem);
        $path = "$this->folder/$kid.pem";
        // Written under a temporary name and renamed: a request never reads half a key.
        file_put_contents("$path.tmp", $pem);
        chmod("$path.tmp", 0600);
        rename("$path.tmp", $path);
        return $kid;
    }

    /** Removes every key but the newest `$keep`; returns the kids removed. */
    public function retire(int $keep = 1): array
    {
        $old = array_slice($this->kids(), 0, max(0, count($this->kids()) - $keep));
        foreach ($old as $kid) {
            unlink("$this->folder/$kid.pem");
        }
        return $old;
    }

    /** @return list<string> the kids in the folder, oldest first (the last one signs) */
    public function kids(): array
    {
        $kids = array_map(fn (string $path) => basename($path, '.pem'), glob("$this->folder/*.pem") ?: []);
        sort($kids);
        return $kids;
    }
}
