<?php

declare(strict_types=1);

namespace ImpactKit;

/**
 * PNG and PDF of ImpactKit's SVG pictures, for hosts that cannot show SVG (some portfolio systems, e-mail). An
 * optional path, never a dependency: it runs librsvg's rsvg-convert ($IMPACTKIT_RSVG_CONVERT, else the one on PATH;
 * Debian: apt install librsvg2-bin) and says what to install when it is not there.
 *
 *     $png = Picture::convert($canvas->renderSvg('nl'), 'png', 1200);
 */
final class Picture
{
    public static function converter(): ?string
    {
        $given = getenv('IMPACTKIT_RSVG_CONVERT');
        if (is_string($given) && $given !== '') {
            return is_executable($given) ? $given : null;
        }
        foreach (explode(PATH_SEPARATOR, (string) (getenv('PATH') ?: '/usr/local/bin:/usr/bin:/bin')) as $directory) {
            if ($directory !== '' && is_executable($directory . '/rsvg-convert')) {
                return $directory . '/rsvg-convert';
            }
        }
        return null;
    }

    /** $svg as PNG (at its own size, or $width pixels wide) or as a one-page PDF. */
    public static function convert(string $svg, string $format = 'png', ?int $width = null): string
    {
        if (!in_array($format, ['png', 'pdf'], true)) {
            throw new InvalidArgument("format must be 'png' or 'pdf', got '$format'", ImpactKitException::EINVAL);
        }
        if ($width !== null && ($width < 16 || $width > 20000 || $format !== 'png')) {
            throw new InvalidArgument('width is for PNG, 16–20000 pixels', ImpactKitException::EINVAL);
        }
        $tool = self::converter();
        if ($tool === null) {
            throw new NotSupported('PNG and PDF need rsvg-convert (apt install librsvg2-bin); the SVG itself needs nothing',
                ImpactKitException::ENOTSUP);
        }
        $command = [$tool, '--format', $format];
        if ($width !== null) {
            array_push($command, '--width', (string) $width, '--keep-aspect-ratio');
        }
        $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($process)) {
            throw new NotSupported("could not start $tool", ImpactKitException::ENOTSUP);
        }
        // Write and read at once: a large picture would fill both pipes and stop both processes.
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
        $output = $errors = '';
        $offset = 0;
        while ($offset < strlen($svg)) {
            $written = fwrite($pipes[0], substr($svg, $offset, 65536));
            if ($written === false) {
                break;
            }
            $offset += $written;
            $output .= (string) stream_get_contents($pipes[1]);
            $errors .= (string) stream_get_contents($pipes[2]);
        }
        fclose($pipes[0]);
        stream_set_blocking($pipes[1], true);
        stream_set_blocking($pipes[2], true);
        $output .= (string) stream_get_contents($pipes[1]);
        $errors .= (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($process) !== 0 || $output === '') {
            throw new NotSupported("$tool could not convert the picture: " . trim($errors), ImpactKitException::ENOTSUP);
        }
        return $format === 'pdf' ? self::tagged($svg, $output) : $output;
    }

    /**
     * Since 1.3: the PDF tagged for screen readers by the library (ik_picture_tag_pdf, PDF/UA-1): one Figure whose
     * alternative text is the picture's description, its language and title; the drawing as it was.
     */
    public static function tagged(string $svg, string $pdf): string
    {
        $library = Library::get();
        $bytes = $library->ffi->new('unsigned char[' . max(1, strlen($pdf)) . ']');
        \FFI::memcpy($bytes, $pdf, strlen($pdf));
        $out = $library->ffi->new('unsigned char *');
        $length = $library->ffi->new('size_t');
        $error = $library->error();
        $library->check($library->ffi->ik_picture_tag_pdf(Library::argument($svg, 'svg'), strlen($svg), $bytes, strlen($pdf),
            \FFI::addr($out), \FFI::addr($length), \FFI::addr($error)), $error);
        try {
            return \FFI::string($out, $length->cdata);
        } finally {
            $library->ffi->ik_free($out);
        }
    }
}
